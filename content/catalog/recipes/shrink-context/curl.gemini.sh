# Count the tokens of the contents before sending them; totalTokens + maxOutputTokens must fit the model's window.
BASE="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}"
curl -sS "$BASE/v1beta/models/gemini-2.5-flash:countTokens" \
  -H "x-goog-api-key: $GEMINI_API_KEY" -H "Content-Type: application/json" \
  -d @count.json   # {"contents": [...]} as in the real request
# -> {"totalTokens": 123456}. The model's inputTokenLimit is in GET $BASE/v1beta/models/gemini-2.5-flash
