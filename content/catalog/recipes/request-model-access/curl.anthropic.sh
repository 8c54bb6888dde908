# The models this key's organization can use; use an exact id from this list (informal names such as sonnet4 are 404).
curl -sS "${ANTHROPIC_BASE_URL:-https://api.anthropic.com}/v1/models" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21"
# A 403 permission_error for a listed model: check the organization's and workspace's access in the Console.
