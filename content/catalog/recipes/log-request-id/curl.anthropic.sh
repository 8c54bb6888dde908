#!/usr/bin/env bash
# Print the status and the request-id header (req_...) with the time; error bodies carry request_id too.
# %header{} needs curl 7.84.0+; with an older curl, add -D - to print every response header.
curl -sS -o resp.json "${ANTHROPIC_BASE_URL:-https://api.anthropic.com}/v1/messages" \
  -w "$(date -u +%FT%TZ) HTTP %{http_code} request-id=%header{request-id} relay=%header{x-oneapi-request-id}\n" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21" -H "Content-Type: application/json" \
  -d '{"model":"claude-sonnet-4-6","max_tokens":64,"messages":[{"role":"user","content":"ping"}]}'
cat resp.json; echo
