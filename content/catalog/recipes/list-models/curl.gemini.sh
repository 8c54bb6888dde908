# Models this key can call with generateContent; use the part after "models/" as the model id.
BASE="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}"
curl -sS "${BASE%/}/v1beta/models?pageSize=1000" -H "x-goog-api-key: $GEMINI_API_KEY" \
  | jq -r '.models[] | select(.supportedGenerationMethods | index("generateContent")) | .name'
