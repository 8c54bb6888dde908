# 1. The smallest valid request. If this fails too, the problem is the key, model or address, not your fields.
BASE="${OPENAI_BASE_URL:-https://api.openai.com/v1}"   # DeepSeek, OpenRouter or a relay: their /v1 address
curl -sS "$BASE/chat/completions" \
  -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d '{"model":"gpt-5-mini","messages":[{"role":"user","content":"ping"}]}'
echo
# 2. Your own body: error.param (OpenAI) or the message names the field; OpenRouter puts the provider's
#    answer in error.metadata.raw. Remove or rename that field and send again.
curl -sS "$BASE/chat/completions" \
  -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d @body.json
