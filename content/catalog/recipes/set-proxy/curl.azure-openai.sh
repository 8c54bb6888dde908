# One request through the proxy. An HTTP proxy is written http://host:port even for https APIs.
PROXY="${HTTPS_PROXY:?export HTTPS_PROXY=http://127.0.0.1:7890 (your proxy address) first}"
curl -sS -x "$PROXY" -o /dev/null -w 'HTTP %{http_code}\n' \
  "$AZURE_OPENAI_ENDPOINT/openai/deployments/${AZURE_OPENAI_DEPLOYMENT:-gpt-4.1-mini}/chat/completions?api-version=${OPENAI_API_VERSION:-2024-10-21}" \
  -H "api-key: $AZURE_OPENAI_API_KEY" -H 'Content-Type: application/json' \
  -d '{"messages":[{"role":"user","content":"Say pong"}]}'
# exit 5: proxy host not found; exit 7: nothing listens on the proxy port;
# exit 56 "CONNECT tunnel failed, response 403/407": the proxy refused (allowlist or http://user:pass@host:port)
