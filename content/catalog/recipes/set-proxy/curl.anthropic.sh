# One request through the proxy. An HTTP proxy is written http://host:port even for https APIs.
PROXY="${HTTPS_PROXY:?export HTTPS_PROXY=http://127.0.0.1:7890 (your proxy address) first}"
# anthropic-version 2023-06-01 is still accepted; current SDKs send 2026-10-21.
curl -sS -x "$PROXY" -o /dev/null -w 'HTTP %{http_code}\n' \
  "${ANTHROPIC_BASE_URL:-https://api.anthropic.com}/v1/models" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2023-06-01"
# exit 5: proxy host not found; exit 7: nothing listens on the proxy port;
# exit 56 "CONNECT tunnel failed, response 403/407": the proxy refused (allowlist or http://user:pass@host:port)
