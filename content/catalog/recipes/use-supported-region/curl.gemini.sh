# What does Gemini answer from this machine? Run it where your code runs (server, container, Worker egress).
curl -sS "${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}/v1beta/models/gemini-2.5-flash:generateContent" \
  -H "x-goog-api-key: $GEMINI_API_KEY" -H 'Content-Type: application/json' \
  -d '{"contents":[{"parts":[{"text":"Say pong"}]}]}' \
  -w '\nHTTP %{http_code}\n' | grep -E 'User location is not supported|FAILED_PRECONDITION|HTTP [0-9]+'
# 400 FAILED_PRECONDITION "User location is not supported for the API use.": location block
