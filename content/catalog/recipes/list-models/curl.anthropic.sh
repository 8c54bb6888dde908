# The Anthropic API (or a gateway that serves /v1/models); newest first, 20 per page by default.
BASE="${ANTHROPIC_BASE_URL:-https://api.anthropic.com}"
curl -sS "${BASE%/}/v1/models?limit=100" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21" | jq -r '.data[].id'
