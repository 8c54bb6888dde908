# 10 s to connect, at most 15 min for the whole transfer; both end with exit code 28 when they expire.
BASE="${ANTHROPIC_BASE_URL:-https://api.anthropic.com}"
curl -sS --connect-timeout 10 -m 900 "${BASE%/}/v1/messages" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21" -H "content-type: application/json" \
  -d '{"model":"claude-sonnet-4-6","max_tokens":4096,"messages":[{"role":"user","content":"Write a long report"}]}'
