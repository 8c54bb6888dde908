# Count the tokens of a request before sending it: same model, system, messages and tools as the real call,
# without max_tokens. The count is an estimate; input_tokens + max_tokens must stay under the context window.
BASE="${ANTHROPIC_BASE_URL:-https://api.anthropic.com}"
curl -sS "$BASE/v1/messages/count_tokens" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21" -H "content-type: application/json" \
  -d @count.json
# -> {"input_tokens": 123456}. Too many: drop or summarise old turns, cut pasted documents and tool output.
