"""Gemini through the openai SDK: the key goes once, as Authorization: Bearer."""
import os

from openai import BadRequestError, OpenAI

gemini = os.environ.get("GOOGLE_GEMINI_BASE_URL", "https://generativelanguage.googleapis.com").rstrip("/")
client = OpenAI(
    api_key=os.environ["GEMINI_API_KEY"],
    base_url=f"{gemini}/v1beta/openai/",
    # No default_query={"key": ...} and no default_headers={"x-goog-api-key": ...}: with the Bearer header that
    # makes two credentials, and Gemini answers 400 "Multiple authentication credentials received".
)
try:
    page = client.models.list()  # GET /v1beta/openai/models: no tokens used
except BadRequestError as err:
    raise SystemExit(f"400: {err.message}")
print("one credential, accepted; models:", [m.id for m in page.data[:3]])
