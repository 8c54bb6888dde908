# Measure the body before sending it: base64 images are a third larger than the files, and a proxy in front of
# the API may accept far less than the API itself (nginx: 1 MB unless client_max_body_size is raised).
BASE="${OPENAI_BASE_URL:-https://api.openai.com/v1}"
echo "body.json: $(wc -c < body.json) bytes"
curl -sS -w '\nHTTP %{http_code}\n' "$BASE/chat/completions" \
  -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" --data-binary @body.json
# 413 with an HTML page (<title>413 Request Entity Too Large</title>): a proxy refused it before the API saw it.
# 413 with JSON: the API or relay refused it (new-api: code read_request_body_failed).
