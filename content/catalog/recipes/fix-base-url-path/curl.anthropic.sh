# Probe candidate bases for /v1/messages. An empty body is enough: 400 or 401 with JSON = the route
# exists; 404 ("Route /v1/messages not found") or an HTML page = wrong path or missing prefix.
HOST=$(printf %s "${ANTHROPIC_BASE_URL:-https://relay.example.com}" | sed -E 's#^(https?://[^/]+).*#\1#')
for base in "$HOST" "$HOST/api" "$HOST/v1"; do
  printf '%-45s ' "$base/v1/messages"
  curl -sS -o /dev/null -w '%{http_code} %{content_type}\n' "$base/v1/messages" \
    -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21" \
    -H "content-type: application/json" -d '{}'
done
# Use the base that answered 400/401 as ANTHROPIC_BASE_URL (never with /v1 at the end).
