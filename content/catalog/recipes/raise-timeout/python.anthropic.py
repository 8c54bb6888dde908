"""Give slow calls more time: a longer read timeout, a short connect timeout, fewer silent retries."""
from anthropic import Anthropic, APITimeoutError, Timeout

MODEL = "claude-sonnet-4-6"

# Up to 900 s waiting for data, 10 s to connect (default: 600 s and 5 s); max_retries=1 instead of 2.
# An explicit timeout also skips the SDK's "Streaming is required for operations that may take longer
# than 10 minutes" check, so keep max_tokens moderate or stream long answers.
client = Anthropic(timeout=Timeout(900.0, connect=10.0), max_retries=1)

try:
    reply = client.messages.create(
        model=MODEL, max_tokens=4096, messages=[{"role": "user", "content": "Write a long report"}]
    )
except APITimeoutError:
    raise SystemExit("still too slow: stream the answer instead (client.messages.stream)")
print(reply.content[0].text[:200])
