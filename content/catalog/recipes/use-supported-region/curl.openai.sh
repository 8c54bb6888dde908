# What does OpenAI answer from this machine? Run it where your code runs (server, container, behind the proxy).
curl -sS "${OPENAI_BASE_URL:-https://api.openai.com/v1}/models" -H "Authorization: Bearer $OPENAI_API_KEY" \
  -w '\nHTTP %{http_code}\n' | grep -E 'unsupported_country_region_territory|HTTP [0-9]+'
# 403 with "unsupported_country_region_territory": region block; 401 instead: the key, not the region
