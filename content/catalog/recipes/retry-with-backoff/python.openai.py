"""Retry transient API failures with capped, jittered exponential backoff (openai SDK)."""
import random
import sys
import time

import openai

MODEL = "gpt-4.1-mini"
# Quota and billing errors also arrive as HTTP 429, but waiting never clears them.
NO_RETRY = {"insufficient_quota", "credit_balance_exhausted", "billing_not_active",
            "organization_spend_limit_exceeded", "project_spend_limit_exceeded"}
client = openai.OpenAI(max_retries=0)  # OPENAI_API_KEY, OPENAI_BASE_URL; the loop below retries


def server_wait(headers):
    """Seconds the server asked for in retry-after-ms or retry-after, or None."""
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            return float(headers[name]) * scale
        except (KeyError, ValueError):
            pass
    return None


def create_with_retry(attempts=6, base=1.0, cap=60.0, **params):
    for attempt in range(attempts):
        try:
            return client.chat.completions.create(**params)
        except (openai.APIStatusError, openai.APIConnectionError) as e:
            status = getattr(e, "status_code", None)  # None: network failure or timeout
            transient = status is None or status in (408, 409, 429) or status >= 500
            if not transient or {str(e.code), str(e.type)} & NO_RETRY or attempt == attempts - 1:
                raise
            wait = server_wait(e.response.headers) if status else None
            if wait is None:
                wait = random.uniform(0, min(cap, base * 2**attempt))  # full jitter
            if wait > cap:
                raise  # the server wants a longer pause than this script is willing to wait
            print(f"{type(e).__name__}, retrying in {wait:.1f}s", file=sys.stderr)
            time.sleep(wait)


reply = create_with_retry(model=MODEL, messages=[{"role": "user", "content": "ping"}])
print(reply.choices[0].message.content)
