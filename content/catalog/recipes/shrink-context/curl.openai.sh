# OpenAI (api.openai.com only): count the input tokens of a Responses request before sending it.
BASE="${OPENAI_BASE_URL:-https://api.openai.com/v1}"
curl -sS "$BASE/responses/input_tokens" \
  -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d '{"model":"gpt-4.1-mini","input":"Here is a long document ..."}'
# -> {"object":"response.input_tokens","input_tokens":...}
# DeepSeek, OpenRouter and relays have no count endpoint: the 400 itself gives both numbers
# ("maximum context length is 65536 tokens. However, you requested 87731 tokens"). Cut the messages in
# body.json and always send an explicit max_tokens: it is counted against the window and reserved by credit checks.
