"""Log the request id of every call, so the provider's support or a relay's operator can find it."""
import logging
import re

import openai

MODEL = "gpt-4.1-mini"
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("llm")
client = openai.OpenAI()  # OPENAI_API_KEY, OPENAI_BASE_URL


def relay_request_id(e):
    """one-api/new-api relays send X-Oneapi-Request-Id and end the message with '(request id: ...)'."""
    match = re.search(r"\(request id: ([^)]+)\)", e.message)
    return e.response.headers.get("x-oneapi-request-id") or (match.group(1) if match else None)


try:
    reply = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "ping"}])
    log.info("ok request_id=%s", reply._request_id)  # the x-request-id response header
    print(reply.choices[0].message.content)
except openai.APIStatusError as e:
    log.error("HTTP %s request_id=%s relay_request_id=%s body=%s",
              e.status_code, e.request_id, relay_request_id(e), e.body)
    raise
