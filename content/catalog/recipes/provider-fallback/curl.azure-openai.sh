#!/usr/bin/env bash
# Try each "endpoint|key|deployment" route in turn: stop at the first 2xx, or at once on a malformed or
# filtered request (400, 413, 422). The backup resource is skipped while BACKUP_AZURE_OPENAI_ENDPOINT is unset.
deployment="${AZURE_OPENAI_DEPLOYMENT:-gpt-4.1-mini}"
routes=("$AZURE_OPENAI_ENDPOINT|$AZURE_OPENAI_API_KEY|$deployment"
        "$AZURE_OPENAI_ENDPOINT|$AZURE_OPENAI_API_KEY|${AZURE_OPENAI_FALLBACK_DEPLOYMENT:-gpt-4.1-nano}"
        "$BACKUP_AZURE_OPENAI_ENDPOINT|$BACKUP_AZURE_OPENAI_API_KEY|$deployment")
for route in "${routes[@]}"; do
  IFS='|' read -r endpoint key name <<< "$route"
  [ -n "$endpoint" ] || continue
  url="${endpoint%/}/openai/deployments/$name/chat/completions?api-version=${OPENAI_API_VERSION:-2024-10-21}"
  code=$(curl -sS -o resp.json -w '%{http_code}' --connect-timeout 10 -m 120 "$url" \
    -H "api-key: $key" -H "Content-Type: application/json" \
    -d '{"messages":[{"role":"user","content":"ping"}]}')
  case "$code" in
    2??) cat resp.json; exit 0 ;;
    400|413|422) cat resp.json; exit 1 ;;
  esac
  echo "$name at $endpoint: HTTP $code, trying the next route" >&2
done
exit 1
