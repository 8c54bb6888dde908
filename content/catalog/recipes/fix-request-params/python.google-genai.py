"""Gemini: map OpenAI-style option names to Gemini's, and read fieldViolations when the API answers 400."""
from google import genai
from google.genai import errors, types

MODEL = "gemini-2.5-flash"
client = genai.Client()  # GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL
RENAME = {"max_tokens": "max_output_tokens", "max_completion_tokens": "max_output_tokens",
          "stop": "stop_sequences", "n": "candidate_count"}


def gemini_config(options):
    # The SDK's types forbid unknown fields: a leftover OpenAI name fails here with a ValueError naming it.
    return types.GenerateContentConfig(**{RENAME.get(k, k): v for k, v in options.items()})


try:
    reply = client.models.generate_content(model=MODEL, contents="ping",
                                           config=gemini_config({"max_tokens": 256, "stop": ["\n\n"]}))
    print(reply.text)
except errors.ClientError as e:
    details = (e.details or {}).get("error", {}).get("details", []) if isinstance(e.details, dict) else []
    for v in (v for d in details for v in d.get("fieldViolations", [])):
        print("rejected field:", v.get("field"), "-", v.get("description"))
    raise SystemExit(f"{e.code} {e.status}: {e.message}")
