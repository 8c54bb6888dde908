# "stream": true in the body; -N prints the events as they arrive. An error after the first byte comes
# as an "event: error" line, not as an HTTP status.
BASE="${ANTHROPIC_BASE_URL:-https://api.anthropic.com}"
curl -sS -N "${BASE%/}/v1/messages" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21" -H "content-type: application/json" \
  -d '{"model":"claude-sonnet-4-6","max_tokens":32000,"stream":true,"messages":[{"role":"user","content":"Write a long report"}]}'
