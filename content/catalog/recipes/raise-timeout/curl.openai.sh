# 10 s to connect, at most 15 min for the whole transfer; both end with exit code 28 when they expire.
# Without -m curl waits as long as the server keeps the connection open.
BASE="${OPENAI_BASE_URL:-https://api.openai.com/v1}"
curl -sS --connect-timeout 10 -m 900 "${BASE%/}/chat/completions" \
  -H "Authorization: Bearer $OPENAI_API_KEY" -H "content-type: application/json" \
  -d '{"model":"gpt-4.1-mini","messages":[{"role":"user","content":"Write a long report"}]}'
