"""Show the rate limits your key runs under, and tell a spend limit (fixed in the Console) from a rate limit."""
import anthropic

MODEL = "claude-haiku-4-5"
client = anthropic.Anthropic(max_retries=0)  # ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL; a spend cap does not clear soon

try:
    raw = client.messages.with_raw_response.create(
        model=MODEL, max_tokens=5, messages=[{"role": "user", "content": "ping"}])
    for name in ("requests-limit", "input-tokens-limit", "output-tokens-limit", "tokens-remaining"):
        print(f"anthropic-ratelimit-{name}:", raw.headers.get(f"anthropic-ratelimit-{name}", "(not sent)"))
    print(raw.parse().content[0].text)
except (anthropic.RateLimitError, anthropic.BadRequestError) as e:
    error = e.body.get("error", {}) if isinstance(e.body, dict) else {}
    message = str(error.get("message", ""))
    if (error.get("details") or {}).get("error_code") == "enforced_spend_limit_reached":
        raise SystemExit("The usage tier's monthly spend cap: reach the next tier (buy credits) or ask Anthropic "
                         "for an increase; otherwise it resets on the 1st of next month (UTC).")
    if "specified API usage limits" in message:  # a limit an admin set on the organization or a workspace
        raise SystemExit(f"A spend limit set in the Console (Settings > Limits): raise or remove it. {message}")
    if "Extra usage is required" in message:
        raise SystemExit("Long-context requests need extra usage enabled on the account, or a shorter request.")
    raise  # an ordinary rate limit: wait retry-after seconds and retry
