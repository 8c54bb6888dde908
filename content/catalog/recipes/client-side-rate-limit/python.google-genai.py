"""Pace Gemini requests below your per-minute limit (RPM) and estimate tokens before sending."""
import threading
import time

from google import genai
from google.genai import types

MODEL = "gemini-2.5-flash"
REQUESTS_PER_MINUTE = 9  # a little below the model's RPM limit on your tier (free tiers are low)
TOKENS_PER_MINUTE = 200_000  # a little below its TPM limit
# GEMINI_API_KEY. Pacing does not replace retries: let the SDK retry an occasional 429 or 5xx.
client = genai.Client(http_options=types.HttpOptions(retry_options=types.HttpRetryOptions(attempts=3)))


class Pacer:
    """Spaces calls so that both the request and the token budget per minute hold, also across threads."""

    def __init__(self, per_minute, tokens_per_minute):
        self.gap, self.tpm = 60.0 / per_minute, tokens_per_minute
        self.next_at, self.lock = 0.0, threading.Lock()

    def wait(self, tokens):
        with self.lock:
            now = time.monotonic()
            at = max(now, self.next_at)
            self.next_at = at + max(self.gap, 60.0 * tokens / self.tpm)
        time.sleep(at - now)


pacer = Pacer(REQUESTS_PER_MINUTE, TOKENS_PER_MINUTE)
for prompt in ["first", "second", "third"]:
    tokens = client.models.count_tokens(model=MODEL, contents=prompt).total_tokens
    pacer.wait(tokens)
    response = client.models.generate_content(model=MODEL, contents=prompt)
    print(response.text, "| prompt tokens:", tokens)
