"""Call the API directly although HTTPS_PROXY is set: a local relay, a LAN gateway, a private endpoint."""
from anthropic import Anthropic, DefaultHttpxClient

MODEL = "claude-sonnet-4-6"

# anthropic 1.13 mounts the proxies from the environment even with trust_env=False.
# Mounting None for every scheme sends this client's requests over the direct connection;
# other clients in the process keep using the proxy.
direct = DefaultHttpxClient(mounts={"all://": None, "http://": None, "https://": None})
client = Anthropic(http_client=direct)  # ANTHROPIC_BASE_URL, ANTHROPIC_API_KEY
print(f"Connecting directly to {client.base_url}")

message = client.messages.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": "Say pong"}])
print(message.content[0].text)
