"""List the model ids this Anthropic key (or gateway) offers and check the one you want."""
from difflib import get_close_matches

from anthropic import Anthropic

MODEL = "claude-sonnet-4-6"  # the id you are trying to use

client = Anthropic()  # ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN + ANTHROPIC_BASE_URL
ids = [m.id for m in client.models.list()]  # GET /v1/models, newest first; pages are fetched as needed
print(f"{len(ids)} models at {client.base_url}")
print("\n".join(ids))

if MODEL in ids:
    print(f"{MODEL!r} is offered here; use it exactly as written")
else:
    print(f"{MODEL!r} is not offered here; close ids: {get_close_matches(MODEL, ids, n=5, cutoff=0.4)}")
