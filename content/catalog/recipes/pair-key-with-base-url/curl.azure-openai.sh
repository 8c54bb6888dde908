# AZURE_OPENAI_ENDPOINT is the resource root, https://<resource>.openai.azure.com (no path).
# 200 = key, endpoint and deployment match; 401 = key of another resource; 404 = no such deployment.
DEPLOYMENT="${AZURE_OPENAI_DEPLOYMENT:-gpt-4.1-mini}"
curl -sS -w '\nHTTP %{http_code}\n' \
  "${AZURE_OPENAI_ENDPOINT%/}/openai/deployments/$DEPLOYMENT/chat/completions?api-version=${OPENAI_API_VERSION:-2024-10-21}" \
  -H "api-key: $AZURE_OPENAI_API_KEY" -H "content-type: application/json" \
  -d '{"messages":[{"role":"user","content":"ping"}],"max_completion_tokens":16}'
