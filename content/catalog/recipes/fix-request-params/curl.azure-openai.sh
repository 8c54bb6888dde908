# 1. The smallest valid request. If this fails too, check the deployment name and OPENAI_API_VERSION.
DEPLOYMENT="${AZURE_OPENAI_DEPLOYMENT:-gpt-5-mini}"
URL="$AZURE_OPENAI_ENDPOINT/openai/deployments/$DEPLOYMENT/chat/completions?api-version=$OPENAI_API_VERSION"
curl -sS "$URL" -H "api-key: $AZURE_OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d '{"messages":[{"role":"user","content":"ping"}]}'
echo
# 2. Your own body: error.param or the message names the field ("API version not supported" means the
#    api-version query value). Remove or rename it and send again.
curl -sS "$URL" -H "api-key: $AZURE_OPENAI_API_KEY" -H "Content-Type: application/json" -d @body.json
