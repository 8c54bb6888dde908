"""Give slow calls more time: a longer read timeout, a short connect timeout, fewer silent retries."""
from openai import APITimeoutError, OpenAI, Timeout

MODEL = "gpt-4.1-mini"

# Up to 900 s waiting for data, 10 s to connect (default: 600 s and 5 s). A timed-out call is retried
# twice by default, so one call can take three times the timeout; max_retries=1 bounds that.
client = OpenAI(timeout=Timeout(900.0, connect=10.0), max_retries=1)

try:
    # or for one call only: client.with_options(timeout=1800.0).chat.completions.create(...)
    reply = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "Write a long report"}])
except APITimeoutError:
    raise SystemExit("still too slow: stream the answer instead, so data arrives while it is generated")
print(reply.choices[0].message.content[:200])
