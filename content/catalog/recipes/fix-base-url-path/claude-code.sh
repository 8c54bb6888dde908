# ANTHROPIC_BASE_URL is everything before /v1/messages: no /v1, but keep a relay's own prefix (e.g. /api).
export ANTHROPIC_BASE_URL="https://relay.example.com/api"
# Check the route before starting: 400 or 401 = it exists; 404 "Route ... not found" = wrong prefix.
curl -sS -o /dev/null -w '%{http_code}\n' "$ANTHROPIC_BASE_URL/v1/messages" \
  -H "Authorization: Bearer $ANTHROPIC_AUTH_TOKEN" -H "anthropic-version: 2026-10-21" \
  -H "content-type: application/json" -d '{}'
claude   # then /status shows the base URL in use
