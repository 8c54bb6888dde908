"""google-genai has no client timeout by default; if you set one, make it long enough (milliseconds)."""
from google import genai
from google.genai import types

MODEL = "gemini-2.5-flash"

# 15 minutes. The SDK also sends this to the server as X-Server-Timeout (seconds). It does not retry
# by default; HttpRetryOptions(attempts=3) would retry 408, 429 and 5xx, including 504 DEADLINE_EXCEEDED.
client = genai.Client(http_options=types.HttpOptions(timeout=15 * 60 * 1000))

reply = client.models.generate_content(model=MODEL, contents="Write a long report")
print(reply.text[:200])
