"""Log the request id of every call, so Anthropic support or a gateway's operator can find it."""
import logging

import anthropic

MODEL = "claude-sonnet-4-6"
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("llm")
client = anthropic.Anthropic()  # ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL

try:
    message = client.messages.create(
        model=MODEL, max_tokens=256, messages=[{"role": "user", "content": "ping"}])
    log.info("ok request_id=%s", message._request_id)  # the request-id response header (req_...)
    print(message.content[0].text)
except anthropic.APIStatusError as e:
    # e.request_id comes from the request-id header; error bodies also carry "request_id"
    log.error("HTTP %s request_id=%s body=%s", e.status_code, e.request_id, e.body)
    raise
