# Measure the body before sending it: the Messages API accepts up to 32 MB, but a proxy or relay in front of it
# may accept far less (nginx: 1 MB unless client_max_body_size is raised). Base64 images are a third larger.
BASE="${ANTHROPIC_BASE_URL:-https://api.anthropic.com}"
echo "body.json: $(wc -c < body.json) bytes"
curl -sS -w '\nHTTP %{http_code}\n' "$BASE/v1/messages" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21" -H "content-type: application/json" \
  --data-binary @body.json
# 413 with an HTML page: a proxy refused it. 413 with {"error":{"type":"request_too_large"}}: Anthropic's own limit.
