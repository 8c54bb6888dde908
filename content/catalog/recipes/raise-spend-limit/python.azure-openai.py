"""Azure OpenAI: show the deployment's remaining quota, and tell a burst from a quota that needs raising."""
import os
import re

import openai
from openai import AzureOpenAI

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")  # your deployment name
client = AzureOpenAI(max_retries=0)  # AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION

try:
    raw = client.chat.completions.with_raw_response.create(
        model=DEPLOYMENT, max_tokens=5, messages=[{"role": "user", "content": "ping"}])
    for name in ("x-ratelimit-remaining-requests", "x-ratelimit-remaining-tokens"):
        print(f"{name}:", raw.headers.get(name, "(not sent)"))
    print(raw.parse().choices[0].message.content)
except openai.RateLimitError as e:
    wait = re.search(r"retry after (\d+) second", e.message)
    if wait and int(wait.group(1)) >= 3600:  # e.g. 86400: a daily or zero allowance, not a burst
        raise SystemExit(f"Quota exhausted for {wait.group(1)} s: raise the deployment's tokens-per-minute "
                         "allocation or request more quota (https://aka.ms/oai/quotaincrease).")
    raise  # a burst over TPM/RPM: wait retry-after-ms / retry-after and retry, or raise the deployment's TPM
