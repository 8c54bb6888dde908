"""Give slow Azure OpenAI calls more time: a longer read timeout, a short connect timeout."""
import os

from openai import APITimeoutError, AzureOpenAI, Timeout

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")

# Up to 900 s waiting for data, 10 s to connect (default: 600 s and 5 s); max_retries=1 instead of 2.
client = AzureOpenAI(timeout=Timeout(900.0, connect=10.0), max_retries=1)

try:
    reply = client.chat.completions.create(model=DEPLOYMENT, messages=[{"role": "user", "content": "Write a long report"}])
except APITimeoutError:
    raise SystemExit("still too slow: stream the answer instead, so data arrives while it is generated")
print(reply.choices[0].message.content[:200])
