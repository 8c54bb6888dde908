# streamGenerateContent with alt=sse sends "data: {...}" events as the answer is generated; -N prints them at once.
BASE="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}"
curl -sS -N "${BASE%/}/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse" \
  -H "x-goog-api-key: $GEMINI_API_KEY" -H "content-type: application/json" \
  -d '{"contents":[{"parts":[{"text":"Write a long report"}]}]}'
