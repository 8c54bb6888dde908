# Listing models costs no tokens: 200 = the key works here, 400 API_KEY_INVALID = it does not.
BASE="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}"
curl -sS -w '\nHTTP %{http_code}\n' "${BASE%/}/v1beta/models?pageSize=5" \
  -H "x-goog-api-key: $GEMINI_API_KEY"
