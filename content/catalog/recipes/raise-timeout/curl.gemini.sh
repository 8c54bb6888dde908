# 10 s to connect, at most 15 min for the whole transfer; both end with exit code 28 when they expire.
BASE="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}"
curl -sS --connect-timeout 10 -m 900 "${BASE%/}/v1beta/models/gemini-2.5-flash:generateContent" \
  -H "x-goog-api-key: $GEMINI_API_KEY" -H "content-type: application/json" \
  -d '{"contents":[{"parts":[{"text":"Write a long report"}]}]}'
