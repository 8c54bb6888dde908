"""Keep the request body under the size limit of whatever is in front of the API: drop older images first."""
import mimetypes
import os
import sys

from google import genai
from google.genai import errors, types

MODEL = "gemini-2.5-flash"
LIMIT_BYTES = 1_000_000  # nginx's default client_max_body_size; ask your relay or proxy for its own limit
client = genai.Client()  # GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL

images = sys.argv[1:]  # one earlier turn per image: python python.google-genai.py old.png new.png
while images and sum(os.path.getsize(p) * 4 // 3 for p in images) > LIMIT_BYTES * 0.9:  # base64 adds a third
    print("leaving out", images.pop(0))
if sys.argv[1:] and not images:
    raise SystemExit("even the newest image is too large: resize it, or upload it once with client.files.upload")


def turn(path):
    image = types.Part.from_bytes(data=open(path, "rb").read(), mime_type=mimetypes.guess_type(path)[0])
    return [types.Content(role="user", parts=[image, types.Part.from_text(text=f"This is {os.path.basename(path)}.")]),
            types.Content(role="model", parts=[types.Part.from_text(text="Noted.")])]


contents = [c for p in images for c in turn(p)] + [types.Content(role="user", parts=[
    types.Part.from_text(text="What have I shown you so far?")])]
try:
    print(client.models.generate_content(model=MODEL, contents=contents).text)
except errors.ClientError as e:
    if e.code != 413:
        raise
    raise SystemExit(f"413: {e.message}: lower LIMIT_BYTES and send less")
