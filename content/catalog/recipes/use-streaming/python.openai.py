"""Stream a long answer: bytes flow while it is generated, so timeouts and idle proxies do not cut it."""
from openai import OpenAI

MODEL = "gpt-4.1-mini"

client = OpenAI()  # OpenAI, DeepSeek, OpenRouter or a relay via OPENAI_BASE_URL
stream = client.chat.completions.create(
    model=MODEL,
    messages=[{"role": "user", "content": "Write a long report"}],
    stream=True,
)
for chunk in stream:
    if chunk.choices and chunk.choices[0].delta.content:
        print(chunk.choices[0].delta.content, end="", flush=True)
print()
