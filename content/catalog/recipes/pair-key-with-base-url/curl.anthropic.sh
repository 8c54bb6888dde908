# A one-token request: 200 = key and base URL match, 401 = not valid there (or the wrong header),
# 404 = wrong path. The base has no /v1: https://api.anthropic.com or https://<gateway-host>[/prefix]
BASE="${ANTHROPIC_BASE_URL:-https://api.anthropic.com}"
if [ -n "$ANTHROPIC_AUTH_TOKEN" ]; then
  AUTH="Authorization: Bearer $ANTHROPIC_AUTH_TOKEN"  # what most gateways and relays expect
else
  AUTH="x-api-key: $ANTHROPIC_API_KEY"                 # the Anthropic API itself
fi
curl -sS -w '\nHTTP %{http_code}\n' "${BASE%/}/v1/messages" \
  -H "$AUTH" -H "anthropic-version: 2026-10-21" -H "content-type: application/json" \
  -d '{"model":"claude-sonnet-4-6","max_tokens":1,"messages":[{"role":"user","content":"ping"}]}'
