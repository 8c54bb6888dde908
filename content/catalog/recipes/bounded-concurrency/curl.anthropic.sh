#!/usr/bin/env bash
# 12 requests, at most 4 at a time (xargs -P 4); each reply goes to out/<n>.json.
# --retry repeats a request on timeouts, 408, 429, 500, 502, 503 and 504; curl does not retry 529.
mkdir -p out
url="${ANTHROPIC_BASE_URL:-https://api.anthropic.com}/v1/messages"
seq 1 12 | xargs -P 4 -I ITEM curl -sS --retry 3 --connect-timeout 10 -m 300 -o out/ITEM.json \
  -w 'item ITEM: HTTP %{http_code}\n' "$url" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21" -H "Content-Type: application/json" \
  -d '{"model":"claude-sonnet-4-6","max_tokens":512,"messages":[{"role":"user","content":"Summarise item ITEM"}]}'
