"""Check the Anthropic credential this process actually sees, then test it with one free request."""
import os
import re

from anthropic import Anthropic, AuthenticationError

name = next((n for n in ("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN") if os.environ.get(n)), None)
if name is None:
    raise SystemExit("neither ANTHROPIC_API_KEY nor ANTHROPIC_AUTH_TOKEN is set in this process")
key = os.environ[name]
if re.search(r"[\s\"']", key):
    # the SDK would fail with "Connection error." (Illegal header value) or a 401
    raise SystemExit(f"{name} has quotes, spaces or a newline: {key[:4]!r}...{key[-3:]!r}")
print(f"{name} {key[:10]}...{key[-4:]} ({len(key)} chars)")

client = Anthropic()  # API key -> X-Api-Key, auth token -> Authorization: Bearer
try:
    client.models.list(limit=1)  # GET /v1/models: no tokens used
except AuthenticationError as err:
    raise SystemExit(f"401 from {client.base_url}: revoked, mistyped, or a key of another service. {err.message}")
print("the key is accepted at", client.base_url)
