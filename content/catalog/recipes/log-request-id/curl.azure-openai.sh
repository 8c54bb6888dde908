#!/usr/bin/env bash
# Print the status and the x-request-id header with the time; Azure support asks for it.
# %header{} needs curl 7.84.0+; with an older curl, add -D - to print every response header.
base="${AZURE_OPENAI_ENDPOINT%/}/openai/deployments/${AZURE_OPENAI_DEPLOYMENT:-gpt-4.1-mini}"
curl -sS -o resp.json "$base/chat/completions?api-version=${OPENAI_API_VERSION:-2024-10-21}" \
  -w "$(date -u +%FT%TZ) HTTP %{http_code} x-request-id=%header{x-request-id}\n" \
  -H "api-key: $AZURE_OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d '{"messages":[{"role":"user","content":"ping"}]}'
cat resp.json; echo
