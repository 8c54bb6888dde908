"""Log what identifies a Gemini call: the response id on success, status and full body on failure."""
import logging

from google import genai
from google.genai import errors

MODEL = "gemini-2.5-flash"
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("llm")
client = genai.Client()  # GEMINI_API_KEY

try:
    response = client.models.generate_content(model=MODEL, contents="ping")
    log.info("ok response_id=%s model_version=%s", response.response_id, response.model_version)
    print(response.text)
except errors.APIError as e:
    # e.details is the whole JSON error body, including details such as ErrorInfo.reason
    log.error("HTTP %s %s message=%s body=%s", e.code, e.status, e.message, e.details)
    raise
