# One request through the proxy. An HTTP proxy is written http://host:port even for https APIs.
PROXY="${HTTPS_PROXY:?export HTTPS_PROXY=http://127.0.0.1:7890 (your proxy address) first}"
curl -sS -x "$PROXY" -o /dev/null -w 'HTTP %{http_code}\n' \
  "${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}/v1beta/models" \
  -H "x-goog-api-key: $GEMINI_API_KEY"
# exit 5: proxy host not found; exit 7: nothing listens on the proxy port;
# exit 56 "CONNECT tunnel failed, response 403/407": the proxy refused (allowlist or http://user:pass@host:port)
