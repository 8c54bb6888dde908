"""Check the Gemini key this process actually sees, then test it with one free request."""
import os

from google import genai
from google.genai import errors

if os.environ.get("GOOGLE_API_KEY") and os.environ.get("GEMINI_API_KEY"):
    print("GOOGLE_API_KEY and GEMINI_API_KEY are both set: the SDK uses GOOGLE_API_KEY; unset the stale one")
name = "GOOGLE_API_KEY" if os.environ.get("GOOGLE_API_KEY") else "GEMINI_API_KEY"
key = os.environ.get(name, "")
if not key.strip():
    raise SystemExit("GEMINI_API_KEY is not set in this process")
print(f"{name} {key.strip()[:6]}...{key.strip()[-4:]}")  # the SDK strips surrounding spaces itself

client = genai.Client()
try:
    next(iter(client.models.list()), None)  # lists models: no tokens used
except errors.ClientError as err:  # 400 API_KEY_INVALID, 403 PERMISSION_DENIED
    raise SystemExit(f"{err.code} {err.status}: {err.message}")
print("the key is accepted")
