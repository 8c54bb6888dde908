"""Retry Gemini API failures: the SDK retries 5xx and network errors, this loop handles 429."""
import random
import sys
import time

from google import genai
from google.genai import errors, types

MODEL = "gemini-2.5-flash"
# google-genai does not retry unless asked. Here it retries 408/5xx and connection errors itself;
# 429 is left to the loop below, which honours the server's RetryInfo delay. Reads GEMINI_API_KEY.
client = genai.Client(http_options=types.HttpOptions(retry_options=types.HttpRetryOptions(
    attempts=4, http_status_codes=[408, 500, 502, 503, 504])))


def retry_delay(e):
    """Seconds from the google.rpc.RetryInfo detail of the error body, or None."""
    error = e.details.get("error", {}) if isinstance(e.details, dict) else {}
    for detail in error.get("details", []):
        if str(detail.get("@type", "")).endswith("google.rpc.RetryInfo"):
            return float(str(detail.get("retryDelay", "0s")).rstrip("s"))
    return None


def generate_with_retry(attempts=6, base=1.0, cap=60.0, **params):
    for attempt in range(attempts):
        try:
            return client.models.generate_content(**params)
        except errors.APIError as e:
            # "limit: 0" in a 429 means the key has no quota for this model at all.
            if e.code != 429 or "limit: 0" in str(e.message) or attempt == attempts - 1:
                raise
            wait = retry_delay(e) or random.uniform(0, min(cap, base * 2**attempt))
            if wait > cap:
                raise  # daily quota or a long window: waiting here does not help
            print(f"429 {e.status}, retrying in {wait:.1f}s", file=sys.stderr)
            time.sleep(wait)


response = generate_with_retry(model=MODEL, contents="ping")
print(response.text)
