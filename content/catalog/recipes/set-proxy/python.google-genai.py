"""Send one request to Gemini through the proxy in HTTPS_PROXY, with the proxy set on the client itself."""
import os

from google import genai
from google.genai import types

MODEL = "gemini-2.5-flash"
# An HTTP proxy is written http://host:port even though the API is https.
# socks5:// also works after: pip install "httpx[socks]"
PROXY = os.environ.get("HTTPS_PROXY") or os.environ.get("https_proxy")

if PROXY:
    # client_args go to the SDK's httpx client; proxy= ignores NO_PROXY. Without it,
    # httpx reads HTTPS_PROXY and NO_PROXY from the environment.
    client = genai.Client(http_options=types.HttpOptions(client_args={"proxy": PROXY}))
    print(f"Using proxy {PROXY}")
else:
    client = genai.Client()  # GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL
    print("HTTPS_PROXY is not set: connecting directly")

response = client.models.generate_content(model=MODEL, contents="Say pong")
print(response.text)
