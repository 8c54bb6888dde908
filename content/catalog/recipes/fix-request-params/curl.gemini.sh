# 1. The smallest valid request. If this fails too, the problem is the key, model or address, not your fields.
BASE="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}"
URL="$BASE/v1beta/models/gemini-2.5-flash:generateContent"
curl -sS "$URL" -H "x-goog-api-key: $GEMINI_API_KEY" -H "Content-Type: application/json" \
  -d '{"contents":[{"parts":[{"text":"ping"}]}],"generationConfig":{"maxOutputTokens":64}}'
echo
# 2. Your own body: 'Unknown name "X"' and error.details[].fieldViolations[].field name the rejected path.
#    OpenAI names do not exist here (max_tokens is generationConfig.maxOutputTokens). Use v1beta for newer fields.
curl -sS "$URL" -H "x-goog-api-key: $GEMINI_API_KEY" -H "Content-Type: application/json" -d @body.json
