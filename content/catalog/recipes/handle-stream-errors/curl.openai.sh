#!/usr/bin/env bash
# Stream a reply (-N: no buffering), then tell a cut stream from an error sent inside it.
url="${OPENAI_BASE_URL:-https://api.openai.com/v1}/chat/completions"
code=$(curl -sS -N -m 600 "$url" -o stream.log -w '%{http_code}' \
  -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d '{"model":"gpt-4.1-mini","stream":true,"messages":[{"role":"user","content":"Write a haiku"}]}')
status=$?
if [ "$status" -ne 0 ]; then
  echo "curl exit $status (18, 56, 92: stream cut; 28: timed out; 6, 7: no connection); send it again" >&2; exit 1
elif [ "$code" != 200 ]; then
  echo "HTTP $code before the stream started (see stream.log)" >&2; exit 1
elif grep -q '^data: {"error"' stream.log; then
  echo "error payload inside the HTTP 200 stream (see stream.log); retry on server_error" >&2; exit 1
elif ! grep -q '^data: \[DONE\]' stream.log; then
  echo "the stream ended without [DONE]: the answer is incomplete" >&2; exit 1
fi
grep -o '"content":"[^"]*"' stream.log | cut -d'"' -f4 | tr -d '\n'; echo
