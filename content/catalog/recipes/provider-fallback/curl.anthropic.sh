#!/usr/bin/env bash
# Try each "base URL|key|model" route in turn: stop at the first 2xx, or at once on a malformed request
# (400, 413, 422), which fails on every route. The backup route is skipped while BACKUP_BASE_URL is unset.
primary="${ANTHROPIC_BASE_URL:-https://api.anthropic.com}"
routes=("$primary|$ANTHROPIC_API_KEY|claude-sonnet-4-6"
        "$primary|$ANTHROPIC_API_KEY|claude-haiku-4-5"
        "$BACKUP_BASE_URL|$BACKUP_API_KEY|${BACKUP_MODEL:-claude-sonnet-4-6}")
for route in "${routes[@]}"; do
  IFS='|' read -r base key model <<< "$route"
  [ -n "$base" ] || continue
  code=$(curl -sS -o resp.json -w '%{http_code}' --connect-timeout 10 -m 120 "$base/v1/messages" \
    -H "x-api-key: $key" -H "anthropic-version: 2026-10-21" -H "Content-Type: application/json" \
    -d "{\"model\":\"$model\",\"max_tokens\":1024,\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]}")
  case "$code" in
    2??) cat resp.json; exit 0 ;;
    400|413|422) cat resp.json; exit 1 ;;
  esac
  echo "$model at $base: HTTP $code, trying the next route" >&2
done
exit 1
