"""Turn the address in ANTHROPIC_BASE_URL into the base the anthropic SDK needs, then check it."""
import os
import re

from anthropic import Anthropic, NotFoundError

MODEL = "claude-sonnet-4-6"


def anthropic_base(url: str) -> str:
    """No /v1 and no endpoint (the SDK appends /v1/messages); a relay's own prefix such as /api stays."""
    return re.sub(r"(/v1)?(/messages)?/?$", "", url.strip().rstrip("/"))


pasted = os.environ.get("ANTHROPIC_BASE_URL", "https://api.anthropic.com")
base = anthropic_base(pasted)
if base != pasted.rstrip("/"):
    print(f"set ANTHROPIC_BASE_URL={base}  (was {pasted})")
print("requests go to", base + "/v1/messages")

try:
    reply = Anthropic(base_url=base).messages.create(
        model=MODEL, max_tokens=16, messages=[{"role": "user", "content": "ping"}]
    )
except NotFoundError as err:
    raise SystemExit(f"404: no Messages API at {base}; a relay may need its path prefix (e.g. /api). {err.message[:200]}")
print("path OK:", reply.content[0].text)
