# Send the request and read who refused it. The same text is refused every time: change the text, not the options.
BASE="${OPENAI_BASE_URL:-https://api.openai.com/v1}"   # DeepSeek, OpenRouter or a relay: their /v1 address
curl -sS "$BASE/chat/completions" \
  -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" -d @body.json
# OpenRouter 403: error.metadata.reasons and error.metadata.flagged_input name the category and the text.
# new-api relay 400: error.code "sensitive_words_detected", the word is in brackets in the message.
# DeepSeek 400: "Content Exists Risk". A 200 with choices[0].finish_reason "content_filter": the answer was cut.
