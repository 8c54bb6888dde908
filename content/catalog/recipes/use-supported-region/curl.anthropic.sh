# What does Anthropic answer from this machine? Run it where your code runs (server, container, behind the proxy).
# anthropic-version 2023-06-01 is still accepted; current SDKs send 2026-10-21.
curl -sS "${ANTHROPIC_BASE_URL:-https://api.anthropic.com}/v1/models" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2023-06-01" \
  -w '\nHTTP %{http_code}\n' | grep -E 'Request not allowed|HTTP [0-9]+'
# 403 {"type":"forbidden","message":"Request not allowed"}: region block; 401 instead: the key, not the region
