"""Trim the oldest turns and cap max_tokens so prompt + output fit (OpenAI, DeepSeek, OpenRouter, relays)."""
import re

import openai
from openai import OpenAI

MODEL = "gpt-4.1-mini"
MAX_TOKENS = 1_024  # always send it: it counts against the window, TPM limits and prepaid credit checks
client = OpenAI()  # OPENAI_API_KEY, OPENAI_BASE_URL


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
        reply = client.chat.completions.create(model=MODEL, messages=messages, max_tokens=MAX_TOKENS)
        print(reply.choices[0].message.content)
        break
    except openai.APIStatusError as e:
        # "maximum context length is N tokens" (OpenAI, DeepSeek); "Request too large ... (TPM): Limit N" (OpenAI 429)
        window = re.search(r"maximum context length is (\d+) tokens|\(TPM\): Limit (\d+)", e.message)
        afford = re.search(r"can only afford (\d+)", e.message)  # OpenRouter 402: credit reserved for max_tokens
        if attempt == 2 or not (window or afford):
            raise
        if afford:
            MAX_TOKENS = int(afford.group(1)) // 2
        if window:
            messages = trim(messages, int(window.group(1) or window.group(2)) - MAX_TOKENS)
