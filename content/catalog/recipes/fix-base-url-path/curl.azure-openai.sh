# The full Azure OpenAI URL is endpoint + /openai/deployments/<deployment>/<operation>?api-version=...
# 404 DeploymentNotFound = wrong deployment name; 404 Resource not found = wrong path;
# 400 "API version not supported" = wrong api-version for this operation.
DEPLOYMENT="${AZURE_OPENAI_DEPLOYMENT:-gpt-4.1-mini}"
curl -sS -w '\nHTTP %{http_code}\n' \
  "${AZURE_OPENAI_ENDPOINT%/}/openai/deployments/$DEPLOYMENT/chat/completions?api-version=${OPENAI_API_VERSION:-2024-10-21}" \
  -H "api-key: $AZURE_OPENAI_API_KEY" -H "content-type: application/json" \
  -d '{"messages":[{"role":"user","content":"ping"}],"max_completion_tokens":16}'
