#!/usr/bin/env bash
# 12 requests, at most 4 at a time (xargs -P 4); each reply goes to out/<n>.json.
# --retry repeats a request on timeouts, 408, 429 and 5xx, each request on its own.
mkdir -p out
url="${OPENAI_BASE_URL:-https://api.openai.com/v1}/chat/completions"
seq 1 12 | xargs -P 4 -I ITEM curl -sS --retry 3 --connect-timeout 10 -m 300 -o out/ITEM.json \
  -w 'item ITEM: HTTP %{http_code}\n' "$url" \
  -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d '{"model":"gpt-4.1-mini","messages":[{"role":"user","content":"Summarise item ITEM"}]}'
