"""Show the rate limits your key runs under, and tell a spend or usage cap (fixed in the console) from a rate limit."""
import openai
from openai import OpenAI

MODEL = "gpt-4.1-mini"
LIMITS_PAGE = "https://platform.openai.com/settings/organization/limits"
CAPS = {  # error.code -> what to change; error.type may just say insufficient_quota
    "organization_usage_limit_exceeded": "the organization's approved monthly usage limit: request an increase",
    "organization_spend_limit_exceeded": "the organization's hard spend limit: raise or remove it, or wait for the reset",
    "project_spend_limit_exceeded": "the project's hard spend limit: raise it in the project's Limits settings",
    "credit_balance_exhausted": "no prepaid credit left: add credits on the Billing page",
    "insufficient_quota": "no usable credit or a billing limit: check Billing and Limits",
}
client = OpenAI(max_retries=0)  # OPENAI_API_KEY, OPENAI_BASE_URL; a cap does not clear within seconds

try:
    raw = client.chat.completions.with_raw_response.create(
        model=MODEL, max_tokens=5, messages=[{"role": "user", "content": "ping"}])
    for name in ("limit-requests", "limit-tokens", "remaining-requests", "remaining-tokens"):
        print(f"x-ratelimit-{name}:", raw.headers.get(f"x-ratelimit-{name}", "(not sent)"))
    print(raw.parse().choices[0].message.content)
except openai.RateLimitError as e:
    if e.code in CAPS:
        raise SystemExit(f"{e.code}: {CAPS[e.code]} ({LIMITS_PAGE})")
    if "Request too large" in e.message:  # one request above the whole tokens-per-minute limit
        raise SystemExit("This single request exceeds your TPM limit: shrink it, or reach a higher usage tier.")
    raise  # an ordinary rate limit: wait as long as it says and retry with backoff
