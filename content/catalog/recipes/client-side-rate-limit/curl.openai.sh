#!/usr/bin/env bash
# One request every 3 s (20 per minute), printing what is left of the budget after each one.
# %header{} in -w needs curl 7.84.0 or later.
url="${OPENAI_BASE_URL:-https://api.openai.com/v1}/chat/completions"
left='requests left: %header{x-ratelimit-remaining-requests}  tokens left: %header{x-ratelimit-remaining-tokens}\n'
for prompt in first second third; do
  curl -sS -o "reply-$prompt.json" --connect-timeout 10 -m 300 "$url" \
    -w "HTTP %{http_code}  $left" \
    -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" \
    -d "{\"model\":\"gpt-4.1-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"$prompt\"}]}"
  sleep 3
done
