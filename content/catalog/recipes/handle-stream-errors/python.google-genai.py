"""Stream a Gemini answer; if the stream fails or breaks, start the answer again with backoff."""
import random
import sys
import time

from google import genai
from google.genai import errors

MODEL = "gemini-2.5-flash"
client = genai.Client()  # GEMINI_API_KEY


def stream_once(contents):
    parts = []
    for chunk in client.models.generate_content_stream(model=MODEL, contents=contents):
        if chunk.text:
            parts.append(chunk.text)
            print(chunk.text, end="", flush=True)
    return "".join(parts)


def retryable(e):
    if isinstance(e, errors.APIError):
        return e.code in (408, 429, 500, 502, 503, 504)
    # a connection cut mid-stream comes through as a bare httpx error (e.g. RemoteProtocolError)
    return type(e).__module__.split(".")[0] in ("httpx", "httpx2", "httpcore", "httpcore2")


def stream_with_retry(contents, attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            return stream_once(contents)
        except Exception as e:
            if not retryable(e) or attempt == attempts:
                raise
            print(f"\n[stream failed: {e!r}; starting the answer again]", file=sys.stderr)
            time.sleep(random.uniform(0, 2**attempt))


answer = stream_with_retry("Write a haiku about retries")
print(f"\n({len(answer)} characters)")
