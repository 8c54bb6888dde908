"""Tell an empty Anthropic credit balance from other errors with one test call, and stop instead of retrying."""
import anthropic

MODEL = "claude-haiku-4-5"
BILLING_PAGE = "https://platform.claude.com/settings/billing"
client = anthropic.Anthropic(max_retries=0)  # ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL

try:
    reply = client.messages.create(model=MODEL, max_tokens=5, messages=[{"role": "user", "content": "ping"}])
    print("the key works:", reply.content[0].text)
except anthropic.APIStatusError as e:
    error = e.body.get("error", {}) if isinstance(e.body, dict) else {}  # anthropic keeps the whole body
    message = str(error.get("message", ""))
    # 400 "Your credit balance is too low to access the Anthropic API" (or a 402 billing_error)
    if e.status_code == 402 or error.get("type") == "billing_error" or "credit balance is too low" in message:
        raise SystemExit(f"No credit left in the organization that owns this key: buy credits at {BILLING_PAGE} "
                         "for that same organization, then run this again.")
    raise
