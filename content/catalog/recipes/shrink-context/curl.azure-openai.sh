# Azure OpenAI: the 400 context_length_exceeded message gives the limit and your request size. Cut old messages in
# body.json and send an explicit, modest max_tokens (it also counts against the deployment's TPM quota).
DEPLOYMENT="${AZURE_OPENAI_DEPLOYMENT:-gpt-4.1-mini}"
curl -sS "$AZURE_OPENAI_ENDPOINT/openai/deployments/$DEPLOYMENT/chat/completions?api-version=$OPENAI_API_VERSION" \
  -H "api-key: $AZURE_OPENAI_API_KEY" -H "Content-Type: application/json" -d @body.json
