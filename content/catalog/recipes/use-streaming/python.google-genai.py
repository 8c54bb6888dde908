"""Stream a long Gemini answer: chunks arrive while it is generated."""
from google import genai

MODEL = "gemini-2.5-flash"

client = genai.Client()  # GEMINI_API_KEY
for chunk in client.models.generate_content_stream(model=MODEL, contents="Write a long report"):
    print(chunk.text or "", end="", flush=True)
print()
