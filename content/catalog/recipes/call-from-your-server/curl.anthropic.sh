# What a browser call gets: send the page's Origin, first without and then with the opt-in header.
# Without it Anthropic answers 401 "CORS requests must set 'anthropic-dangerous-direct-browser-access' header".
ORIGIN="${ORIGIN:-chrome-extension://your-extension-id}"
for optin in no yes; do
  extra=()
  [ "$optin" = yes ] && extra=(-H "anthropic-dangerous-direct-browser-access: true")
  echo "opt-in header: $optin"
  curl -sS "${ANTHROPIC_BASE_URL:-https://api.anthropic.com}/v1/messages" \
    -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2023-06-01" -H "content-type: application/json" \
    -H "Origin: $ORIGIN" ${extra[@]+"${extra[@]}"} \
    -d '{"model":"claude-haiku-4-5","max_tokens":16,"messages":[{"role":"user","content":"ping"}]}' \
    -w '\nHTTP %{http_code}\n'
done
# 200 only with the header: the page must send it (or call your server instead). 401 both times with "not allowed
# for this Organization": the organization does not allow browser calls at all, so only a server can make them.
