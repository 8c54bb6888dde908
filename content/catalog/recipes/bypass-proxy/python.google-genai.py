"""Call Gemini (or a gateway in GOOGLE_GEMINI_BASE_URL) directly although HTTPS_PROXY is set."""
import os

from google import genai
from google.genai import types

MODEL = "gemini-2.5-flash"

# trust_env=False goes to the SDK's httpx client: it ignores HTTP(S)_PROXY, NO_PROXY and the
# system proxy settings. Other clients in the process keep using the proxy.
client = genai.Client(http_options=types.HttpOptions(client_args={"trust_env": False}))
print(f"Connecting directly to {os.environ.get('GOOGLE_GEMINI_BASE_URL', 'the Gemini API')}")

response = client.models.generate_content(model=MODEL, contents="Say pong")
print(response.text)
