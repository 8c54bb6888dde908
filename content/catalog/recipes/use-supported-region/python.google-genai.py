"""Tell Gemini's location block apart from other errors, so it is not retried or mistaken for a bad request."""
import sys

from google import genai
from google.genai import errors

MODEL = "gemini-2.5-flash"
client = genai.Client()

try:
    response = client.models.generate_content(model=MODEL, contents="Say pong")
except errors.ClientError as e:
    if e.status != "FAILED_PRECONDITION":
        raise
    # Final: "User location is not supported for the API use." (or the free tier is not offered there).
    sys.exit(f"Location block (400 FAILED_PRECONDITION: {e.message}): run this code from a supported "
             "region, or check where your proxy, VPN, server or Cloudflare Worker exits.")
print(response.text)
