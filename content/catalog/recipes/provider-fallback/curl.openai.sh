#!/usr/bin/env bash
# Try each "base URL|key|model" route in turn: stop at the first 2xx, or at once on a malformed request
# (400, 413, 422), which fails on every route. The backup route is skipped while BACKUP_BASE_URL is unset.
primary="${OPENAI_BASE_URL:-https://api.openai.com/v1}"
routes=("$primary|$OPENAI_API_KEY|gpt-4.1-mini"
        "$primary|$OPENAI_API_KEY|gpt-4.1-nano"
        "$BACKUP_BASE_URL|$BACKUP_API_KEY|$BACKUP_MODEL")
for route in "${routes[@]}"; do
  IFS='|' read -r base key model <<< "$route"
  [ -n "$base" ] || continue
  code=$(curl -sS -o resp.json -w '%{http_code}' --connect-timeout 10 -m 120 "$base/chat/completions" \
    -H "Authorization: Bearer $key" -H "Content-Type: application/json" \
    -d "{\"model\":\"$model\",\"messages\":[{\"role\":\"user\",\"content\":\"ping\"}]}")
  case "$code" in
    2??) cat resp.json; exit 0 ;;
    400|413|422) cat resp.json; exit 1 ;;
  esac
  echo "$model at $base: HTTP $code, trying the next route" >&2
done
exit 1
