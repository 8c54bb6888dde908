"""Turn the address in OPENAI_BASE_URL into the base the openai SDK needs, then check it."""
import os
import re

from openai import NotFoundError, OpenAI


def openai_base(url: str) -> str:
    """One version segment, no endpoint: the SDK itself appends /chat/completions, /models ..."""
    url = re.sub(r"/(chat/completions|completions|responses|models)/?$", "", url.strip().rstrip("/"))
    return url if re.search(r"/v\d+[a-z0-9]*(/|$)", url) else url + "/v1"  # keeps /v1beta/openai, /api/v3, /v4


pasted = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1")
base = openai_base(pasted)
if base != pasted.rstrip("/"):
    print(f"set OPENAI_BASE_URL={base}  (was {pasted})")
print("chat requests go to", base + "/chat/completions")

try:
    models = OpenAI(base_url=base).models.list()  # GET <base>/models, no tokens used
except NotFoundError as err:
    raise SystemExit(f"404 at {base}/models: the server has no API here; check the provider's docs. {err.message[:200]}")
print("path OK; models:", [m.id for m in models.data[:5]])
