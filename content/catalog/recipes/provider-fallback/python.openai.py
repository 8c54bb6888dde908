"""Send the request to the next route when one is down, overloaded, rate-limited or out of credit."""
import os

import openai

MODEL, FALLBACK_MODEL = "gpt-4.1-mini", "gpt-4.1-nano"
# OPENAI_API_KEY, OPENAI_BASE_URL; no retries, so a failure moves on to the next route at once
primary = openai.OpenAI(max_retries=0)
ROUTES = [(primary, MODEL), (primary, FALLBACK_MODEL)]
if os.environ.get("BACKUP_BASE_URL"):  # optional second provider: any OpenAI-compatible base ending in /v1
    backup = openai.OpenAI(base_url=os.environ["BACKUP_BASE_URL"], api_key=os.environ["BACKUP_API_KEY"],
                           max_retries=1)
    ROUTES.append((backup, os.environ["BACKUP_MODEL"]))


def complete(messages):
    for i, (client, model) in enumerate(ROUTES):
        last = i == len(ROUTES) - 1
        try:
            return client.chat.completions.create(model=model, messages=messages, timeout=120)
        except openai.APIStatusError as e:
            if e.status_code in (400, 413, 422) or last:
                raise  # a malformed request fails on every route
            print(f"{model} at {client.base_url}: HTTP {e.status_code}, trying the next route")
        except openai.APIConnectionError as e:  # network failure or timeout
            if last:
                raise
            print(f"{model} at {client.base_url}: {e.message}, trying the next route")


reply = complete([{"role": "user", "content": "ping"}])
print(reply.model, "->", reply.choices[0].message.content)
