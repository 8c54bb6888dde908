#!/usr/bin/env bash
# Try each model in turn: stop at the first 2xx, or at once on a 400 (malformed request, or a location
# or billing precondition), which fails on every model.
base="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}/v1beta/models"
for model in gemini-2.5-flash gemini-2.5-flash-lite; do
  code=$(curl -sS -o resp.json -w '%{http_code}' --connect-timeout 10 -m 120 "$base/$model:generateContent" \
    -H "x-goog-api-key: $GEMINI_API_KEY" -H "Content-Type: application/json" \
    -d '{"contents":[{"parts":[{"text":"ping"}]}]}')
  case "$code" in
    2??) cat resp.json; exit 0 ;;
    400|413) cat resp.json; exit 1 ;;
  esac
  echo "$model: HTTP $code, trying the next model" >&2
done
exit 1
