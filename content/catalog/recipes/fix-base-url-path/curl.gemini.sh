# The native Gemini API lives under /v1beta on the host root; a proxy may add its own prefix.
BASE="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}"
curl -sS -w '\nHTTP %{http_code}\n' "${BASE%/}/v1beta/models/gemini-2.5-flash:generateContent" \
  -H "x-goog-api-key: $GEMINI_API_KEY" -H "content-type: application/json" \
  -d '{"contents":[{"parts":[{"text":"ping"}]}]}'
# 404 here with a correct model id means GOOGLE_GEMINI_BASE_URL must lose its /v1beta or gain a prefix.
