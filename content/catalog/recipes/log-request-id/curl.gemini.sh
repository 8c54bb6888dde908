#!/usr/bin/env bash
# Print the status with the time, then the response id (or the whole error body) from the JSON.
base="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}/v1beta/models/gemini-2.5-flash"
curl -sS -o resp.json "$base:generateContent" -w "$(date -u +%FT%TZ) HTTP %{http_code}\n" \
  -H "x-goog-api-key: $GEMINI_API_KEY" -H "Content-Type: application/json" \
  -d '{"contents":[{"parts":[{"text":"ping"}]}]}'
grep -o '"responseId": *"[^"]*"' resp.json || cat resp.json
