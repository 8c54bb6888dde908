"""Send one request through the proxy in HTTPS_PROXY and show which proxy is in use."""
import os

from anthropic import Anthropic

MODEL = "claude-sonnet-4-6"
# An HTTP proxy is written http://host:port even though the API is https.
# socks5:// also works after: pip install "httpx2[socks]"
PROXY = os.environ.get("HTTPS_PROXY") or os.environ.get("https_proxy")

# The client applies HTTPS_PROXY, HTTP_PROXY and NO_PROXY when it is created. In anthropic 1.13
# they even win over DefaultHttpxClient(proxy=...), so set the variables, not a proxy= argument.
client = Anthropic()
print(f"Using proxy {PROXY}" if PROXY else "HTTPS_PROXY is not set: connecting directly")

message = client.messages.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": "Say pong"}])
print(message.content[0].text)
