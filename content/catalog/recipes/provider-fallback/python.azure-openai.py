"""Send the request to another deployment or Azure resource when one is overloaded or unavailable."""
import os

import openai

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")
FALLBACK_DEPLOYMENT = os.environ.get("AZURE_OPENAI_FALLBACK_DEPLOYMENT", "gpt-4.1-nano")
# AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION; no retries: a failure moves on at once
primary = openai.AzureOpenAI(max_retries=0)
ROUTES = [(primary, DEPLOYMENT), (primary, FALLBACK_DEPLOYMENT)]
if os.environ.get("BACKUP_AZURE_OPENAI_ENDPOINT"):  # optional resource in another region
    backup = openai.AzureOpenAI(azure_endpoint=os.environ["BACKUP_AZURE_OPENAI_ENDPOINT"],
                                api_key=os.environ["BACKUP_AZURE_OPENAI_API_KEY"], max_retries=1)
    ROUTES.append((backup, DEPLOYMENT))


def complete(messages):
    for i, (client, deployment) in enumerate(ROUTES):
        last = i == len(ROUTES) - 1
        try:
            return client.chat.completions.create(model=deployment, messages=messages, timeout=120)
        except openai.APIStatusError as e:
            if e.status_code in (400, 413, 422) or last:
                raise  # a malformed or filtered request fails on every route
            print(f"{deployment} at {client.base_url}: HTTP {e.status_code}, trying the next route")
        except openai.APIConnectionError as e:  # network failure or timeout
            if last:
                raise
            print(f"{deployment} at {client.base_url}: {e.message}, trying the next route")


reply = complete([{"role": "user", "content": "ping"}])
print(reply.model, "->", reply.choices[0].message.content)
