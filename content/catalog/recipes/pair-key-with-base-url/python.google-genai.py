"""Check that the Gemini API key works at the Gemini endpoint in use."""
import os
from itertools import islice

from google import genai
from google.genai import errors

if os.environ.get("GOOGLE_API_KEY") and os.environ.get("GEMINI_API_KEY"):
    print("note: GOOGLE_API_KEY and GEMINI_API_KEY are both set; the SDK uses GOOGLE_API_KEY")

# Reads GEMINI_API_KEY (or GOOGLE_API_KEY) and sends it as "x-goog-api-key".
# GOOGLE_GEMINI_BASE_URL overrides https://generativelanguage.googleapis.com
client = genai.Client()
print("endpoint:", os.environ.get("GOOGLE_GEMINI_BASE_URL") or "https://generativelanguage.googleapis.com")

try:
    names = [m.name for m in islice(client.models.list(), 5)]  # no tokens are used
except errors.ClientError as err:  # 400 API_KEY_INVALID, 403 PERMISSION_DENIED
    raise SystemExit(f"{err.code}: the key is not accepted here. ({err.message})")
print("key and endpoint match; models:", names)
