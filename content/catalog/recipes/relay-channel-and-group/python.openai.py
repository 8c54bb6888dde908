"""one-api / new-api relay: check that your token's group serves the model, then read what the relay answers."""
import re

import openai
from openai import OpenAI

MODEL = "gpt-4.1-mini"  # the exact name the relay lists, case included
client = OpenAI(max_retries=0)  # OPENAI_API_KEY = the relay token, OPENAI_BASE_URL = https://<relay>/v1

available = sorted(m.id for m in client.models.list())  # the models your token and group may call
if MODEL not in available:
    print(f"{MODEL!r} is not in this token's list; similar: {[m for m in available if MODEL.lower() in m.lower()]}")
try:
    reply = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "ping"}])
    print(reply.choices[0].message.content)
except openai.APIStatusError as e:
    text = str(e.message)
    match = re.search(r"request id: ([^)]+)", text)  # also in the X-Oneapi-Request-Id response header
    request_id = match.group(1) if match else e.response.headers.get("x-oneapi-request-id")
    if "无可用渠道" in text:  # HTTP 503, but nothing is overloaded
        hint = "no enabled channel of your group serves this exact model: pick one from the list, or ask the admin"
    elif "负载已饱和" in text:  # the relay hides the upstream's 429 behind this text
        hint = "the upstream is rate-limited: retry later with backoff; if it lasts, give the admin the request id"
    elif e.code in ("convert_request_failed", "convert_request_error"):
        hint = "this channel cannot take this API format: call chat completions, or use a model on another channel"
    elif e.code == "bad_response_status_code":
        hint = f"the channel's upstream answered HTTP {e.param}: the admin can read why in the log under the request id"
    else:
        raise
    raise SystemExit(f"HTTP {e.status_code}: {hint}. Request id: {request_id}")
