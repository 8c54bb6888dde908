# One small request with the response headers: x-ratelimit-remaining-* show what is left of the deployment's quota.
DEPLOYMENT="${AZURE_OPENAI_DEPLOYMENT:-gpt-4.1-mini}"
curl -sS -D - "$AZURE_OPENAI_ENDPOINT/openai/deployments/$DEPLOYMENT/chat/completions?api-version=$OPENAI_API_VERSION" \
  -H "api-key: $AZURE_OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d '{"messages":[{"role":"user","content":"ping"}],"max_tokens":5}'
# A 429 that says "Please retry after 86400 seconds" is not a burst: raise the deployment's TPM or request quota
# at https://aka.ms/oai/quotaincrease.
