#!/usr/bin/env bash
# Retry network errors, timeouts, 408, 409, 429 and 5xx with growing random waits; stop at once on
# other 4xx and on quota errors. Save as retry.sh and run: bash retry.sh
url="${OPENAI_BASE_URL:-https://api.openai.com/v1}/chat/completions"
body='{"model":"gpt-4.1-mini","messages":[{"role":"user","content":"ping"}]}'
for attempt in 0 1 2 3 4 5; do
  rm -f resp.json headers.txt
  code=$(curl -sS -o resp.json -D headers.txt -w '%{http_code}' --connect-timeout 10 -m 300 "$url" \
    -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" -d "$body")
  case "$code" in
    2??) cat resp.json; exit 0 ;;
    408|409|429|5??|000) ;;   # 000: no HTTP response (network failure or timeout)
    *) cat resp.json; exit 1 ;;
  esac
  quota='insufficient_quota|credit_balance_exhausted|billing_not_active|spend_limit_exceeded'
  if grep -qE "$quota" resp.json 2>/dev/null; then
    cat resp.json; exit 1   # quota or billing: waiting does not help
  fi
  wait=$(tr -d '\r' < headers.txt 2>/dev/null |
    awk 'tolower($1) == "retry-after:" && $2 ~ /^[0-9]+$/ { print $2 }' | tail -n 1)
  [ -n "$wait" ] || wait=$(( RANDOM % (2 << attempt) ))   # no hint: random 0 .. 2^(attempt+1)-1 s
  [ "$wait" -le 60 ] || { echo "server asks for ${wait}s; giving up" >&2; cat resp.json; exit 1; }
  echo "HTTP $code, retrying in ${wait}s" >&2
  sleep "$wait"
done
cat resp.json 2>/dev/null; exit 1
