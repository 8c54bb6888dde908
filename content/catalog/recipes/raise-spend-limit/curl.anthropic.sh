# One small request with the response headers: anthropic-ratelimit-* show your organization's limits.
curl -sS -D - "${ANTHROPIC_BASE_URL:-https://api.anthropic.com}/v1/messages" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21" -H "content-type: application/json" \
  -d '{"model":"claude-haiku-4-5","max_tokens":5,"messages":[{"role":"user","content":"ping"}]}'
# 429 with error.details.error_code "enforced_spend_limit_reached" (and no retry-after): the usage tier's monthly cap.
# 400 "You have reached your specified API usage limits": a limit set in the Console (Settings > Limits).
