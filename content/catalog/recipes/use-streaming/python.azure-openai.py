"""Stream a long Azure OpenAI answer: bytes flow while it is generated."""
import os

from openai import AzureOpenAI

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")

client = AzureOpenAI()  # AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION
stream = client.chat.completions.create(
    model=DEPLOYMENT, messages=[{"role": "user", "content": "Write a long report"}], stream=True
)
for chunk in stream:
    # some chunks carry no choices or no text
    if chunk.choices and chunk.choices[0].delta.content:
        print(chunk.choices[0].delta.content, end="", flush=True)
print()
