# Anthropic has no balance endpoint for API keys: the Console shows it (https://platform.claude.com/settings/billing).
# After buying credits for the organization that owns the key, one test call:
curl -sS -w '\nHTTP %{http_code}\n' "${ANTHROPIC_BASE_URL:-https://api.anthropic.com}/v1/messages" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21" -H "content-type: application/json" \
  -d '{"model":"claude-haiku-4-5","max_tokens":5,"messages":[{"role":"user","content":"ping"}]}'
# Still 400 "Your credit balance is too low": the key belongs to a different organization than the one you paid for.
