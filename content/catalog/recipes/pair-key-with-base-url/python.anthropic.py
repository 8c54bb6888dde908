"""Check that the Anthropic key (or gateway token) and ANTHROPIC_BASE_URL belong together."""
from anthropic import Anthropic, AuthenticationError, NotFoundError

MODEL = "claude-sonnet-4-6"

# anthropic-python 1.x: ANTHROPIC_API_KEY goes out as "X-Api-Key",
# ANTHROPIC_AUTH_TOKEN as "Authorization: Bearer" (what most gateways and relays expect).
client = Anthropic()  # also reads ANTHROPIC_BASE_URL (default https://api.anthropic.com)
base = str(client.base_url).rstrip("/")
if base.endswith("/v1"):
    print("warning: ANTHROPIC_BASE_URL ends in /v1; the SDK adds /v1/messages itself")
sent = [name for name, value in (("X-Api-Key", client.api_key), ("Authorization: Bearer", client.auth_token)) if value]
print(f"{base} with", " and ".join(sent))

try:
    reply = client.messages.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": "ping"}])
except AuthenticationError as err:
    raise SystemExit(f"401: this endpoint does not accept this credential or this header. ({err.message})")
except NotFoundError as err:
    raise SystemExit(f"404: wrong base URL path or model id. ({err.message})")
print("key and base URL match:", reply.content[0].text)
