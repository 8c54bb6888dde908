# A blocked prompt is a 400 with error.code "content_filter"; error.innererror.content_filter_result shows which
# category has "filtered": true. A 200 with finish_reason "content_filter" means the answer was cut by the output filter.
DEPLOYMENT="${AZURE_OPENAI_DEPLOYMENT:-gpt-4.1-mini}"
curl -sS "$AZURE_OPENAI_ENDPOINT/openai/deployments/$DEPLOYMENT/chat/completions?api-version=$OPENAI_API_VERSION" \
  -H "api-key: $AZURE_OPENAI_API_KEY" -H "Content-Type: application/json" -d @body.json
