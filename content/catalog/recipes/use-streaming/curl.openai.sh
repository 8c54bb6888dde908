# "stream": true in the body; -N prints the server-sent events as they arrive instead of buffering.
BASE="${OPENAI_BASE_URL:-https://api.openai.com/v1}"
curl -sS -N "${BASE%/}/chat/completions" \
  -H "Authorization: Bearer $OPENAI_API_KEY" -H "content-type: application/json" \
  -d '{"model":"gpt-4.1-mini","stream":true,"messages":[{"role":"user","content":"Write a long report"}]}'
# Each event is a "data: {...}" line; the stream ends with "data: [DONE]".
