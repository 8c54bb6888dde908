"""Stream an answer; if the stream breaks or carries an error, start the answer again with backoff."""
import os
import random
import sys
import time

import openai

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")
# AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION;
# the SDK retries only before the stream starts
client = openai.AzureOpenAI()


def stream_once(messages):
    parts = []
    for chunk in client.chat.completions.create(model=DEPLOYMENT, messages=messages, stream=True):
        text = chunk.choices[0].delta.content if chunk.choices else None
        if text:
            parts.append(text)
            print(text, end="", flush=True)
    return "".join(parts)


def retryable(e):
    if isinstance(e, openai.APIStatusError):  # the stream never started (after the SDK's own retries)
        return e.status_code in (408, 409, 429) or e.status_code >= 500
    # APIConnectionError: the connection was cut mid-stream; a bare APIError: an error payload arrived
    # inside the HTTP 200 stream, e.g. {"error": {"type": "server_error", ...}}
    return e.type != "invalid_request_error"


def stream_with_retry(messages, attempts=3):
    for attempt in range(1, attempts + 1):
        try:
            return stream_once(messages)
        except openai.APIError as e:
            if not retryable(e) or attempt == attempts:
                raise
            print(f"\n[stream failed: {e.message}; starting the answer again]", file=sys.stderr)
            time.sleep(random.uniform(0, 2**attempt))


answer = stream_with_retry([{"role": "user", "content": "Write a haiku about retries"}])
print(f"\n({len(answer)} characters)")
