"""List the model ids this key may use at OPENAI_BASE_URL and check the one you want."""
from difflib import get_close_matches

from openai import OpenAI

MODEL = "gpt-4.1-mini"  # the id you are trying to use

client = OpenAI()  # OPENAI_API_KEY + OPENAI_BASE_URL: OpenAI, DeepSeek, OpenRouter or a relay
ids = sorted(m.id for m in client.models.list())  # a relay lists only what your token's group may use
print(f"{len(ids)} models at {client.base_url}")
print("\n".join(ids[:50]))

if MODEL in ids:
    print(f"{MODEL!r} is offered here; use it exactly as written")
else:
    print(f"{MODEL!r} is not offered here; close ids: {get_close_matches(MODEL, ids, n=5, cutoff=0.4)}")
