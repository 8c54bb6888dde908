"""Keep the request body under the size limit of whatever is in front of the API: drop older images first."""
import base64
import mimetypes
import os
import sys

import openai
from openai import AzureOpenAI

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")  # your deployment name
LIMIT_BYTES = 1_000_000  # nginx's default client_max_body_size; ask whoever runs the proxy for its limit
client = AzureOpenAI()  # AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION

images = sys.argv[1:]  # one earlier turn per image: python python.azure-openai.py old.png new.png
while images and sum(os.path.getsize(p) * 4 // 3 for p in images) > LIMIT_BYTES * 0.9:  # base64 adds a third
    print("leaving out", images.pop(0))
if sys.argv[1:] and not images:
    raise SystemExit("even the newest image is too large: resize it, or send an https:// image URL instead")


def turn(path):
    url = f"data:{mimetypes.guess_type(path)[0]};base64,{base64.b64encode(open(path, 'rb').read()).decode()}"
    return [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": url}},
                                         {"type": "text", "text": f"This is {os.path.basename(path)}."}]},
            {"role": "assistant", "content": "Noted."}]


messages = [m for p in images for m in turn(p)] + [{"role": "user", "content": "What have I shown you so far?"}]
try:
    reply = client.chat.completions.create(model=DEPLOYMENT, messages=messages)
    print(reply.choices[0].message.content)
except openai.APIStatusError as e:
    if e.status_code != 413:
        raise
    who = "a proxy in front of the API (HTML page)" if isinstance(e.body, str) else "Azure OpenAI"
    raise SystemExit(f"413 from {who}: lower LIMIT_BYTES and send less")
