"""Check the key this process actually sees, then test it with one request that uses no tokens."""
import os
import re

from openai import AuthenticationError, OpenAI

key = os.environ.get("OPENAI_API_KEY")
if not key:
    raise SystemExit("OPENAI_API_KEY is not set in this process (new terminal? IDE run configuration? service?)")
if re.search(r"[\s\"']", key):
    # the SDK would fail with "Connection error." (Illegal header value) or a 401
    raise SystemExit(f"OPENAI_API_KEY has quotes, spaces or a newline: {key[:4]!r}...{key[-3:]!r}")
print(f"key {key[:7]}...{key[-4:]} ({len(key)} chars)")  # compare with the key list in the console

client = OpenAI()  # reads OPENAI_API_KEY and OPENAI_BASE_URL
try:
    client.models.list()
except AuthenticationError as err:
    raise SystemExit(f"401 from {client.base_url}: revoked, mistyped, or a key of another service. {err.message}")
print("the key is accepted at", client.base_url)
