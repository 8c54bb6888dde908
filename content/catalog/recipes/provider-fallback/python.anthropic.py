"""Send the request to the next route when one is down, overloaded, rate-limited or out of credit."""
import os

import anthropic

MODEL, FALLBACK_MODEL = "claude-sonnet-4-6", "claude-haiku-4-5"
# ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL; no retries, so a failure moves on to the next route at once
primary = anthropic.Anthropic(max_retries=0)
ROUTES = [(primary, MODEL), (primary, FALLBACK_MODEL)]
if os.environ.get("BACKUP_BASE_URL"):  # optional Anthropic-compatible gateway; its base has no /v1
    backup = anthropic.Anthropic(base_url=os.environ["BACKUP_BASE_URL"], api_key=os.environ["BACKUP_API_KEY"],
                                 max_retries=1)
    ROUTES.append((backup, os.environ.get("BACKUP_MODEL", MODEL)))


def complete(messages):
    for i, (client, model) in enumerate(ROUTES):
        last = i == len(ROUTES) - 1
        try:
            return client.messages.create(model=model, max_tokens=1024, messages=messages, timeout=120)
        except anthropic.APIStatusError as e:  # includes 529 OverloadedError
            if e.status_code in (400, 413, 422) or last:
                raise  # a malformed request fails on every route
            print(f"{model} at {client.base_url}: HTTP {e.status_code}, trying the next route")
        except anthropic.APIConnectionError as e:  # network failure or timeout
            if last:
                raise
            print(f"{model} at {client.base_url}: {e.message}, trying the next route")


message = complete([{"role": "user", "content": "ping"}])
print(message.model, "->", message.content[0].text)
