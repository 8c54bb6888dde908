# 10 s to connect, at most 15 min for the whole transfer; both end with exit code 28 when they expire.
DEPLOYMENT="${AZURE_OPENAI_DEPLOYMENT:-gpt-4.1-mini}"
curl -sS --connect-timeout 10 -m 900 \
  "${AZURE_OPENAI_ENDPOINT%/}/openai/deployments/$DEPLOYMENT/chat/completions?api-version=${OPENAI_API_VERSION:-2024-10-21}" \
  -H "api-key: $AZURE_OPENAI_API_KEY" -H "content-type: application/json" \
  -d '{"messages":[{"role":"user","content":"Write a long report"}]}'
