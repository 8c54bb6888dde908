"""Turn the address in GOOGLE_GEMINI_BASE_URL into the base google-genai needs, then check it."""
import os
import re

from google import genai
from google.genai import errors

MODEL = "gemini-2.5-flash"


def gemini_base(url: str) -> str:
    """Host (and proxy prefix) only: the SDK appends /v1beta/models/<model>:generateContent itself."""
    return re.sub(r"(/v1(beta)?)?(/models.*)?/?$", "", url.strip().rstrip("/"))


pasted = os.environ.get("GOOGLE_GEMINI_BASE_URL", "https://generativelanguage.googleapis.com")
base = gemini_base(pasted)
if base != pasted.rstrip("/"):
    print(f"set GOOGLE_GEMINI_BASE_URL={base}  (was {pasted})")
print("requests go to", f"{base}/v1beta/models/{MODEL}:generateContent")

client = genai.Client(http_options={"base_url": base})  # key from GEMINI_API_KEY
try:
    reply = client.models.generate_content(model=MODEL, contents="ping")
except errors.ClientError as err:
    if err.code != 404:
        raise
    raise SystemExit(f"404: no Gemini API at {base}, or no model {MODEL!r} there. {err.message}")
print("path OK:", reply.text)
