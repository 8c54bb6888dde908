#!/usr/bin/env bash
# Retry network errors, timeouts, 408, 409, 429 and 5xx with growing random waits; stop at once on
# other 4xx and on quota errors. Save as retry.sh and run: bash retry.sh
base="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}/v1beta"
url="$base/models/gemini-2.5-flash:generateContent"
body='{"contents":[{"parts":[{"text":"ping"}]}]}'
for attempt in 0 1 2 3 4 5; do
  rm -f resp.json headers.txt
  code=$(curl -sS -o resp.json -D headers.txt -w '%{http_code}' --connect-timeout 10 -m 300 "$url" \
    -H "x-goog-api-key: $GEMINI_API_KEY" -H "Content-Type: application/json" -d "$body")
  case "$code" in
    2??) cat resp.json; exit 0 ;;
    408|409|429|5??|000) ;;   # 000: no HTTP response (network failure or timeout)
    *) cat resp.json; exit 1 ;;
  esac
  if grep -qE 'limit: 0[^0-9]' resp.json 2>/dev/null; then
    cat resp.json; exit 1   # no quota at all for this model: waiting does not help
  fi
  # a 429 carries its wait in RetryInfo, e.g. "retryDelay": "37s"
  wait=$(grep -oE '"retryDelay": *"[0-9]+' resp.json 2>/dev/null | grep -oE '[0-9]+$' | head -n 1)
  [ -n "$wait" ] || wait=$(( RANDOM % (2 << attempt) ))   # no hint: random 0 .. 2^(attempt+1)-1 s
  [ "$wait" -le 60 ] || { echo "server asks for ${wait}s; giving up" >&2; cat resp.json; exit 1; }
  echo "HTTP $code, retrying in ${wait}s" >&2
  sleep "$wait"
done
cat resp.json 2>/dev/null; exit 1
