"""Gemini: read the reason a 403 gives and say what to enable, or list the models the key can use."""
from google import genai
from google.genai import errors

MODEL = "gemini-2.5-flash"
FIXES = {  # google.rpc.ErrorInfo reason -> what to change
    "SERVICE_DISABLED": "enable the Generative Language API in the key's Google Cloud project",
    "API_KEY_SERVICE_BLOCKED": "the key's API restrictions block this API: allow the Generative Language API",
    "CONSUMER_SUSPENDED": "the key or project was suspended (for example after a leak): create a new key",
}
client = genai.Client()  # GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL

try:
    print(client.models.generate_content(model=MODEL, contents="ping").text)
except errors.ClientError as e:
    if e.code not in (403, 404):
        raise
    details = (e.details or {}).get("error", {}).get("details", []) if isinstance(e.details, dict) else []
    reasons = [d.get("reason") for d in details if d.get("reason")]
    fix = next((FIXES[r] for r in reasons if r in FIXES), None)
    if not fix:  # "The caller does not have permission" or an unknown model: see what this key can use
        fix = "use one of: " + ", ".join(m.name.removeprefix("models/") for m in client.models.list())
    raise SystemExit(f"{e.code} {e.status} {reasons}: {e.message}\n{fix}")
