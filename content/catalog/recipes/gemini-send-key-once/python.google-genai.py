"""Send the Gemini key once: google-genai sends GEMINI_API_KEY as x-goog-api-key, so add no other credential."""
import os

from google import genai
from google.genai import errors, types

# Headers your code adds to every request (tracing, a gateway's own header). An Authorization or a second
# x-goog-api-key header here, or a key= in GOOGLE_GEMINI_BASE_URL, makes two credentials: Gemini answers 400.
extra_headers: dict[str, str] = {}
twice = [name for name in extra_headers if name.lower() in ("authorization", "x-goog-api-key")]
if "key=" in os.environ.get("GOOGLE_GEMINI_BASE_URL", ""):
    twice.append("key= in GOOGLE_GEMINI_BASE_URL")
if twice:
    raise SystemExit(f"the SDK already sends the key; remove: {', '.join(twice)}")

client = genai.Client(http_options=types.HttpOptions(headers=extra_headers))
try:
    next(iter(client.models.list()), None)  # lists models: no tokens used
except errors.ClientError as err:
    raise SystemExit(f"{err.code} {err.status}: {err.message}")
print("one credential, accepted")
