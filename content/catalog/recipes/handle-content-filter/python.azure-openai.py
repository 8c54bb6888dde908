"""Azure OpenAI: name the content-filter category that blocked the prompt or cut the answer, and stop."""
import os

import openai
from openai import AzureOpenAI

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")  # your deployment name
client = AzureOpenAI()  # AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION


def fired(results):  # {"hate": {"filtered": false, ...}, "jailbreak": {"filtered": true, "detected": true}, ...}
    return [name for name, r in (results or {}).items() if isinstance(r, dict) and r.get("filtered")]


try:
    reply = client.chat.completions.create(model=DEPLOYMENT, messages=[{"role": "user", "content": "ping"}])
except openai.BadRequestError as e:
    if e.code != "content_filter":
        raise
    inner = e.body.get("innererror", {}) if isinstance(e.body, dict) else {}  # e.body is the "error" object
    raise SystemExit(f"Prompt blocked ({inner.get('code')}): {fired(inner.get('content_filter_result'))}. "
                     "Rephrase or remove that part; resending it unchanged is blocked again.")
choice = reply.choices[0]
if choice.finish_reason == "content_filter":  # the output filter stopped the answer
    results = (choice.model_extra or {}).get("content_filter_results")
    print(f"Answer filtered: {fired(results)}; partial text: {choice.message.content}")
else:
    print(choice.message.content)
