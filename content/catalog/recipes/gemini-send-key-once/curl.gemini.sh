# Gemini takes one credential per request. Listing models costs no tokens.
BASE="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}"

# The native API: the key as x-goog-api-key only (no Authorization header, no ?key= as well).
curl -sS -w '\nHTTP %{http_code}\n' "${BASE%/}/v1beta/models?pageSize=1" \
  -H "x-goog-api-key: $GEMINI_API_KEY"

# The OpenAI-compatible endpoint: the key as a Bearer token only (no ?key=, no x-goog-api-key).
curl -sS -w '\nHTTP %{http_code}\n' "${BASE%/}/v1beta/openai/models" \
  -H "Authorization: Bearer $GEMINI_API_KEY"

# Both answer 200 here but 400 "Multiple authentication credentials received" from your tool:
# the tool (or a proxy or wrapper in front of it) adds a second credential to the one you set.
