#!/usr/bin/env bash
# One request every 7 s (under 9 per minute): Gemini sends no remaining-budget headers, so pace by the clock.
base="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}/v1beta"
url="$base/models/gemini-2.5-flash:generateContent"
for prompt in first second third; do
  curl -sS -o "reply-$prompt.json" -w 'HTTP %{http_code}\n' --connect-timeout 10 -m 300 "$url" \
    -H "x-goog-api-key: $GEMINI_API_KEY" -H "Content-Type: application/json" \
    -d "{\"contents\":[{\"parts\":[{\"text\":\"$prompt\"}]}]}"
  sleep 7
done
