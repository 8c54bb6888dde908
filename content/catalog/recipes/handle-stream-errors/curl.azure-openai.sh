#!/usr/bin/env bash
# Stream a reply (-N: no buffering), then tell a cut stream from an error sent inside it.
base="${AZURE_OPENAI_ENDPOINT%/}/openai/deployments/${AZURE_OPENAI_DEPLOYMENT:-gpt-4.1-mini}"
url="$base/chat/completions?api-version=${OPENAI_API_VERSION:-2024-10-21}"
code=$(curl -sS -N -m 600 "$url" -o stream.log -w '%{http_code}' \
  -H "api-key: $AZURE_OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d '{"stream":true,"messages":[{"role":"user","content":"Write a haiku"}]}')
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
