"""List the Gemini models this key can call with generateContent and check the one you want."""
from difflib import get_close_matches

from google import genai

MODEL = "gemini-2.5-flash"  # the id you are trying to use

client = genai.Client()  # GEMINI_API_KEY (+ GOOGLE_GEMINI_BASE_URL)
ids = [
    m.name.removeprefix("models/")  # the API answers "models/<id>"; the SDK accepts either form
    for m in client.models.list()
    if "generateContent" in (m.supported_actions or [])
]
print(f"{len(ids)} models support generateContent")
print("\n".join(ids))

if MODEL in ids:
    print(f"{MODEL!r} is available to this key")
else:
    print(f"{MODEL!r} is not available; close ids: {get_close_matches(MODEL, ids, n=5, cutoff=0.4)}")
