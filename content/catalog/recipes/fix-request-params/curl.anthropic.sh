# 1. The smallest valid request. If this fails too, the problem is the key, model or address, not your fields.
BASE="${ANTHROPIC_BASE_URL:-https://api.anthropic.com}"
curl -sS "$BASE/v1/messages" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21" -H "content-type: application/json" \
  -d '{"model":"claude-sonnet-4-6","max_tokens":64,"messages":[{"role":"user","content":"ping"}]}'
echo
# 2. Your own body: the message starts with the field path ("max_tokens: ...", "messages.7: ...").
#    With anthropic-version 2026-10-21, temperature, top_p and top_k are rejected: remove them.
curl -sS "$BASE/v1/messages" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21" -H "content-type: application/json" \
  -d @body.json
