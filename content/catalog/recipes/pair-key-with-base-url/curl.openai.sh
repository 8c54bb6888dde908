# GET /models costs no tokens: 200 = key and base URL match, 401 = the key is not valid there,
# 404 or an HTML page = wrong path. Bases: https://api.openai.com/v1, https://api.deepseek.com,
# https://openrouter.ai/api/v1, https://<relay-host>/v1
BASE="${OPENAI_BASE_URL:-https://api.openai.com/v1}"
curl -sS -w '\nHTTP %{http_code}\n' "${BASE%/}/models" \
  -H "Authorization: Bearer $OPENAI_API_KEY"
