# On Azure the "model" in a request is your deployment name, which this list does not show: it lists
# the base models the resource can deploy. For deployment names use the Deployments page of the
# Foundry portal, or: az cognitiveservices account deployment list -g <resource-group> -n <resource>
curl -sS "${AZURE_OPENAI_ENDPOINT%/}/openai/models?api-version=${OPENAI_API_VERSION:-2024-10-21}" \
  -H "api-key: $AZURE_OPENAI_API_KEY" | jq -r '.data[].id'
