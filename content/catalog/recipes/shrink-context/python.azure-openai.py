"""Azure OpenAI: trim the oldest turns and cap max_tokens so prompt + output fit the deployment's model."""
import os
import re

import openai
from openai import AzureOpenAI

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")  # your deployment name
MAX_TOKENS = 1_024  # always send it: Azure counts it against the deployment's TPM quota too
client = AzureOpenAI()  # AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION


def trim(messages, budget):
    """Drop the oldest user/assistant pair after the system message until a rough size estimate fits."""
    while len(messages) > 2 and sum(len(str(m["content"]).encode()) for m in messages) // 3 > budget:
        del messages[1:3]  # ~3 bytes of UTF-8 per token is a rough guess; the API's own count decides
    return messages


messages = [{"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": "Here is a long document ..."},
            {"role": "assistant", "content": "Summary of the document ..."},
            {"role": "user", "content": "ping"}]
for attempt in (1, 2):
    try:
        reply = client.chat.completions.create(model=DEPLOYMENT, messages=messages, max_tokens=MAX_TOKENS)
        print(reply.choices[0].message.content)
        break
    except openai.BadRequestError as e:
        window = re.search(r"maximum context length is (\d+) tokens", e.message)  # code context_length_exceeded
        if attempt == 2 or not window:
            raise
        messages = trim(messages, int(window.group(1)) - MAX_TOKENS)
