# Measure the body before sending it: base64 images are a third larger than the files, and a proxy in front of
# the API may accept far less than the API itself (nginx: 1 MB unless client_max_body_size is raised).
DEPLOYMENT="${AZURE_OPENAI_DEPLOYMENT:-gpt-4.1-mini}"
echo "body.json: $(wc -c < body.json) bytes"
curl -sS -w '\nHTTP %{http_code}\n' \
  "$AZURE_OPENAI_ENDPOINT/openai/deployments/$DEPLOYMENT/chat/completions?api-version=$OPENAI_API_VERSION" \
  -H "api-key: $AZURE_OPENAI_API_KEY" -H "Content-Type: application/json" --data-binary @body.json
# 413 with an HTML page: a proxy refused it before Azure saw it.
