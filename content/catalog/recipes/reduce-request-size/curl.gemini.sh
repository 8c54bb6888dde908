# Measure the body before sending it: base64 images are a third larger than the files, and a proxy in front of
# the API may accept far less than the API itself (nginx: 1 MB unless client_max_body_size is raised).
BASE="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}"
echo "body.json: $(wc -c < body.json) bytes"
curl -sS -w '\nHTTP %{http_code}\n' "$BASE/v1beta/models/gemini-2.5-flash:generateContent" \
  -H "x-goog-api-key: $GEMINI_API_KEY" -H "Content-Type: application/json" --data-binary @body.json
# Large files belong in the Files API (upload once, then reference file_data.file_uri) instead of inline_data.
