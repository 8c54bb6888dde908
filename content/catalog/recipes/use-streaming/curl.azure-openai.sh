# "stream": true in the body; -N prints the server-sent events as they arrive.
DEPLOYMENT="${AZURE_OPENAI_DEPLOYMENT:-gpt-4.1-mini}"
curl -sS -N \
  "${AZURE_OPENAI_ENDPOINT%/}/openai/deployments/$DEPLOYMENT/chat/completions?api-version=${OPENAI_API_VERSION:-2024-10-21}" \
  -H "api-key: $AZURE_OPENAI_API_KEY" -H "content-type: application/json" \
  -d '{"stream":true,"messages":[{"role":"user","content":"Write a long report"}]}'
