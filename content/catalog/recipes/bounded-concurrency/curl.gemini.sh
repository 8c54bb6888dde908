#!/usr/bin/env bash
# 12 requests, at most 4 at a time (xargs -P 4); each reply goes to out/<n>.json.
# --retry repeats a request on timeouts, 408, 429 and 5xx, each request on its own.
mkdir -p out
base="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}/v1beta"
url="$base/models/gemini-2.5-flash:generateContent"
seq 1 12 | xargs -P 4 -I ITEM curl -sS --retry 3 --connect-timeout 10 -m 300 -o out/ITEM.json \
  -w 'item ITEM: HTTP %{http_code}\n' "$url" \
  -H "x-goog-api-key: $GEMINI_API_KEY" -H "Content-Type: application/json" \
  -d '{"contents":[{"parts":[{"text":"Summarise item ITEM"}]}]}'
