# OpenAI, DeepSeek, OpenRouter or a one-api/new-api relay (which lists only your token's group).
# Copy an id verbatim; ids are case-sensitive. Without jq, drop the pipe and read the JSON.
BASE="${OPENAI_BASE_URL:-https://api.openai.com/v1}"
curl -sS "${BASE%/}/models" -H "Authorization: Bearer $OPENAI_API_KEY" | jq -r '.data[].id' | sort
