# Set key and endpoint for this shell; both come from the same resource (KEY 1 or KEY 2).
# Windows PowerShell: $env:AZURE_OPENAI_API_KEY = "..."
export AZURE_OPENAI_API_KEY="your-azure-openai-key"
export AZURE_OPENAI_ENDPOINT="https://<resource>.openai.azure.com"

# 200 = accepted; 401 = the key was regenerated or belongs to another resource
curl -sS -o /dev/null -w 'HTTP %{http_code}\n' \
  "${AZURE_OPENAI_ENDPOINT%/}/openai/models?api-version=${OPENAI_API_VERSION:-2024-10-21}" \
  -H "api-key: $AZURE_OPENAI_API_KEY"
