"""Log the request id of every Azure OpenAI call, so Azure support can trace it."""
import logging
import os

import openai

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("llm")
client = openai.AzureOpenAI()  # AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION

try:
    reply = client.chat.completions.create(model=DEPLOYMENT, messages=[{"role": "user", "content": "ping"}])
    log.info("ok request_id=%s", reply._request_id)  # the x-request-id response header
    print(reply.choices[0].message.content)
except openai.APIStatusError as e:
    log.error("HTTP %s request_id=%s body=%s", e.status_code, e.request_id, e.body)
    raise
