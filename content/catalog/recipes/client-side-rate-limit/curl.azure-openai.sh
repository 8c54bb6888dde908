#!/usr/bin/env bash
# One request every 3 s (20 per minute), printing what is left of the deployment's budget after each one.
# %header{} in -w needs curl 7.84.0 or later.
base="${AZURE_OPENAI_ENDPOINT%/}/openai/deployments/${AZURE_OPENAI_DEPLOYMENT:-gpt-4.1-mini}"
url="$base/chat/completions?api-version=${OPENAI_API_VERSION:-2024-10-21}"
left='requests left: %header{x-ratelimit-remaining-requests}  tokens left: %header{x-ratelimit-remaining-tokens}\n'
for prompt in first second third; do
  curl -sS -o "reply-$prompt.json" --connect-timeout 10 -m 300 "$url" \
    -w "HTTP %{http_code}  $left" \
    -H "api-key: $AZURE_OPENAI_API_KEY" -H "Content-Type: application/json" \
    -d "{\"messages\":[{\"role\":\"user\",\"content\":\"$prompt\"}]}"
  sleep 3
done
