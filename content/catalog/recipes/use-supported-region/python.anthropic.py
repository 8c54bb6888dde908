"""Tell Anthropic's region block apart from other errors, so it is not retried or mistaken for a key problem."""
import sys

import anthropic
from anthropic import Anthropic

MODEL = "claude-sonnet-4-6"
client = Anthropic()

try:
    message = client.messages.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": "Say pong"}])
except anthropic.PermissionDeniedError as e:
    if e.type != "forbidden":  # permission_error is a different problem (key, workspace, model access)
        raise
    # Final: 403 {"type":"forbidden","message":"Request not allowed"} for places Anthropic does not serve.
    sys.exit("Region block (403 Request not allowed): run this code from a supported country or region, "
             "or check where your proxy, VPN or server exits.")
print(message.content[0].text)
