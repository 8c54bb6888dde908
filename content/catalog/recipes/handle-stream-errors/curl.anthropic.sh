#!/usr/bin/env bash
# Stream a reply (-N: no buffering), then tell a cut stream from an error event sent inside it.
url="${ANTHROPIC_BASE_URL:-https://api.anthropic.com}/v1/messages"
code=$(curl -sS -N -m 600 "$url" -o stream.log -w '%{http_code}' \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21" -H "Content-Type: application/json" \
  -d '{"model":"claude-sonnet-4-6","max_tokens":1024,"stream":true,"messages":[{"role":"user","content":"Write a haiku"}]}')
status=$?
if [ "$status" -ne 0 ]; then
  echo "curl exit $status (18, 56, 92: stream cut; 28: timed out; 6, 7: no connection); send it again" >&2; exit 1
elif [ "$code" != 200 ]; then
  echo "HTTP $code before the stream started (see stream.log)" >&2; exit 1
elif grep -q '^event: error' stream.log; then
  echo "error event inside the HTTP 200 stream (see stream.log); retry on overloaded_error or api_error" >&2; exit 1
elif ! grep -q '^event: message_stop' stream.log; then
  echo "the stream ended without message_stop: the answer is incomplete" >&2; exit 1
fi
grep -o '"text":"[^"]*"' stream.log | cut -d'"' -f4 | tr -d '\n'; echo
