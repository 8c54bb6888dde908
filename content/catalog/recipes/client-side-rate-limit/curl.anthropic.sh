#!/usr/bin/env bash
# One request every 3 s (20 per minute), printing what is left of the budget after each one.
# %header{} in -w needs curl 7.84.0 or later.
url="${ANTHROPIC_BASE_URL:-https://api.anthropic.com}/v1/messages"
left='requests left: %header{anthropic-ratelimit-requests-remaining}'
left+='  tokens left: %header{anthropic-ratelimit-tokens-remaining}\n'
for prompt in first second third; do
  curl -sS -o "reply-$prompt.json" --connect-timeout 10 -m 300 "$url" \
    -w "HTTP %{http_code}  $left" \
    -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21" -H "Content-Type: application/json" \
    -d "{\"model\":\"claude-sonnet-4-6\",\"max_tokens\":256,
         \"messages\":[{\"role\":\"user\",\"content\":\"$prompt\"}]}"
  sleep 3
done
