"""Gemini: read which quota a 429 names and tell a per-minute limit from a daily or tier cap."""
from google import genai
from google.genai import errors

MODEL = "gemini-2.5-flash"
client = genai.Client()  # GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL; limits apply per project, not per key

try:
    print(client.models.generate_content(model=MODEL, contents="ping").text)
except errors.ClientError as e:
    if e.code != 429:
        raise
    details = (e.details or {}).get("error", {}).get("details", []) if isinstance(e.details, dict) else []
    quotas = [v for d in details for v in d.get("violations", [])]  # google.rpc.QuotaFailure
    delay = next((d.get("retryDelay") for d in details if "retryDelay" in d), None)  # google.rpc.RetryInfo
    for q in quotas:
        print("quota:", q.get("quotaId"), "limit:", q.get("quotaValue"))
    daily = any("PerDay" in str(q.get("quotaId")) for q in quotas)
    print("A daily quota: it resets at midnight Pacific time." if daily
          else f"A per-minute limit: wait {delay or 'about 30s'} and retry with backoff.")
    if any("FreeTier" in str(q.get("quotaId")) or str(q.get("quotaValue")) == "0" for q in quotas):
        print("Free-tier (or zero) quota: link a billing account to the project to reach Tier 1; AI Studio shows your limits.")
    raise SystemExit(1)
