#!/usr/bin/env bash
# Print the status and the request ids with the time; one-api/new-api relays add X-Oneapi-Request-Id.
# %header{} needs curl 7.84.0+; with an older curl, add -D - to print every response header.
curl -sS -o resp.json "${OPENAI_BASE_URL:-https://api.openai.com/v1}/chat/completions" \
  -w "$(date -u +%FT%TZ) HTTP %{http_code} x-request-id=%header{x-request-id} relay=%header{x-oneapi-request-id}\n" \
  -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d '{"model":"gpt-4.1-mini","messages":[{"role":"user","content":"ping"}]}'
cat resp.json; echo
