"""Retry transient API failures with capped, jittered exponential backoff (anthropic SDK)."""
import random
import sys
import time

import anthropic

MODEL = "claude-sonnet-4-6"
client = anthropic.Anthropic(max_retries=0)  # ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL; the loop below retries


def server_wait(headers):
    """Seconds the server asked for in retry-after-ms or retry-after, or None."""
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            return float(headers[name]) * scale
        except (KeyError, ValueError):
            pass
    return None


def error_code(e):
    """error.details.error_code of the body, e.g. enforced_spend_limit_reached on a 429."""
    error = e.body.get("error") if isinstance(e.body, dict) else None
    details = error.get("details") if isinstance(error, dict) else None
    return details.get("error_code") if isinstance(details, dict) else None


def create_with_retry(attempts=6, base=1.0, cap=60.0, **params):
    for attempt in range(attempts):
        try:
            return client.messages.create(**params)
        except (anthropic.APIStatusError, anthropic.APIConnectionError) as e:
            status = getattr(e, "status_code", None)  # None: network failure or timeout
            transient = status is None or status in (408, 409, 429) or status >= 500  # 529: OverloadedError
            if not transient or error_code(e) == "enforced_spend_limit_reached" or attempt == attempts - 1:
                raise
            wait = server_wait(e.response.headers) if status else None
            if wait is None:
                wait = random.uniform(0, min(cap, base * 2**attempt))  # full jitter
            if wait > cap:
                raise  # the server wants a longer pause than this script is willing to wait
            print(f"{type(e).__name__}, retrying in {wait:.1f}s", file=sys.stderr)
            time.sleep(wait)


message = create_with_retry(model=MODEL, max_tokens=256, messages=[{"role": "user", "content": "ping"}])
print(message.content[0].text)
