"""Keep the request body under the size limit of whatever is in front of the API: drop older images first."""
import base64
import mimetypes
import os
import sys

import anthropic

MODEL = "claude-sonnet-4-6"
LIMIT_BYTES = 1_000_000  # nginx's default client_max_body_size; the Messages API itself accepts 32 MB
client = anthropic.Anthropic()  # ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL

images = sys.argv[1:]  # one earlier turn per image: python python.anthropic.py old.png new.png
while images and sum(os.path.getsize(p) * 4 // 3 for p in images) > LIMIT_BYTES * 0.9:  # base64 adds a third
    print("leaving out", images.pop(0))
if sys.argv[1:] and not images:
    raise SystemExit("even the newest image is too large: resize it, or send it by URL or through the Files API")


def turn(path):
    data = base64.b64encode(open(path, "rb").read()).decode()
    image = {"type": "image", "source": {"type": "base64", "media_type": mimetypes.guess_type(path)[0], "data": data}}
    return [{"role": "user", "content": [image, {"type": "text", "text": f"This is {os.path.basename(path)}."}]},
            {"role": "assistant", "content": "Noted."}]


messages = [m for p in images for m in turn(p)] + [{"role": "user", "content": "What have I shown you so far?"}]
try:
    reply = client.messages.create(model=MODEL, max_tokens=512, messages=messages)
    print(reply.content[0].text)
except anthropic.RequestTooLargeError as e:  # 413
    who = "a proxy in front of the API (HTML page)" if isinstance(e.body, str) else "the API"
    raise SystemExit(f"413 from {who}: lower LIMIT_BYTES and send less")
