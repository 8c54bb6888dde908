"""Stream an answer; if the stream breaks or carries an error event, start it again with backoff."""
import random
import sys
import time

import anthropic

MODEL = "claude-sonnet-4-6"
# ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL; the SDK retries only before the stream starts
client = anthropic.Anthropic()


def stream_once(messages):
    parts = []
    with client.messages.stream(model=MODEL, max_tokens=1024, messages=messages) as stream:
        for text in stream.text_stream:
            parts.append(text)
            print(text, end="", flush=True)
    return "".join(parts)


def retryable(e):
    if isinstance(e, anthropic.APIStatusError):
        # status_code 200: an `event: error` arrived inside the stream (e.g. overloaded_error)
        if e.status_code == 200:
            return e.type != "invalid_request_error"
        return e.status_code in (408, 409, 429) or e.status_code >= 500
    if isinstance(e, anthropic.APIConnectionError):
        return True
    # anthropic 1.x lets a cut stream through as a bare httpx2 error, e.g. RemoteProtocolError
    return type(e).__module__.split(".")[0] in ("httpx", "httpx2", "httpcore", "httpcore2")


def stream_with_retry(messages, attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            return stream_once(messages)
        except Exception as e:
            if not retryable(e) or attempt == attempts:
                raise
            print(f"\n[stream failed: {e!r}; starting the answer again]", file=sys.stderr)
            time.sleep(random.uniform(0, 2**attempt))


answer = stream_with_retry([{"role": "user", "content": "Write a haiku about retries"}])
print(f"\n({len(answer)} characters)")
