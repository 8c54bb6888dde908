"""Retry transient Azure OpenAI failures with capped, jittered exponential backoff."""
import os
import random
import sys
import time

import openai

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")
# AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION; the loop below retries
client = openai.AzureOpenAI(max_retries=0)


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
            if not transient or attempt == attempts - 1:
                raise
            wait = server_wait(e.response.headers) if status else None
            if wait is None:
                wait = random.uniform(0, min(cap, base * 2**attempt))  # full jitter
            if wait > cap:
                raise  # the server wants a longer pause than this script is willing to wait
            print(f"{type(e).__name__}, retrying in {wait:.1f}s", file=sys.stderr)
            time.sleep(wait)


reply = create_with_retry(model=DEPLOYMENT, messages=[{"role": "user", "content": "ping"}])
print(reply.choices[0].message.content)
