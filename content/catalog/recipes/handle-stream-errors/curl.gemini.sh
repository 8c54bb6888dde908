#!/usr/bin/env bash
# Stream a reply as server-sent events (alt=sse; -N: no buffering), then check how it ended.
base="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}/v1beta/models/gemini-2.5-flash"
url="$base:streamGenerateContent?alt=sse"
code=$(curl -sS -N -m 600 "$url" -o stream.log -w '%{http_code}' \
  -H "x-goog-api-key: $GEMINI_API_KEY" -H "Content-Type: application/json" \
  -d '{"contents":[{"parts":[{"text":"Write a haiku"}]}]}')
status=$?
if [ "$status" -ne 0 ]; then
  echo "curl exit $status (18, 56, 92: stream cut; 28: timed out; 6, 7: no connection); send it again" >&2; exit 1
elif [ "$code" != 200 ]; then
  echo "HTTP $code before the stream started (see stream.log)" >&2; exit 1
elif grep -q '"error"' stream.log; then
  echo "error inside the HTTP 200 stream (see stream.log); retry on UNAVAILABLE or INTERNAL" >&2; exit 1
elif ! grep -q '"finishReason"' stream.log; then
  echo "the stream ended without a finishReason: the answer is incomplete" >&2; exit 1
fi
grep -o '"text": *"[^"]*"' stream.log | sed 's/"text": *"//; s/"$//' | tr -d '\n'; echo
