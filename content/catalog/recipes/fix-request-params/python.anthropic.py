"""Anthropic: a 400 message starts with the field it rejects; lower max_tokens to the limit it names and resend."""
import re

import anthropic

MODEL = "claude-sonnet-4-6"
client = anthropic.Anthropic()  # ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL

params = {"model": MODEL, "max_tokens": 16_000, "messages": [{"role": "user", "content": "ping"}]}
try:
    reply = client.messages.create(**params)
except anthropic.BadRequestError as e:
    error = e.body.get("error", {}) if isinstance(e.body, dict) else {}  # anthropic keeps the whole body
    message = error.get("message", e.message)
    print(f"rejected: {message.split(':', 1)[0]}\n{message}")
    limit = re.match(r"max_tokens: \d+ > (\d+)", message)
    if not limit:
        # e.g. "messages.7: `tool_use` ids were found without `tool_result` blocks": repair that turn
        raise SystemExit(1)
    params["max_tokens"] = int(limit.group(1))
    reply = client.messages.create(**params)
print(reply.content[0].text)
