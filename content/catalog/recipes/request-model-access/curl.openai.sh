# The models this key (its project, or a relay token) can see; a model missing here needs access first.
BASE="${OPENAI_BASE_URL:-https://api.openai.com/v1}"
curl -sS "$BASE/models" -H "Authorization: Bearer $OPENAI_API_KEY"
echo
# "Your organization must be verified to stream this model": verify at
# https://platform.openai.com/settings/organization/general (up to 15 minutes), or call it without "stream": true.
curl -sS "$BASE/chat/completions" -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d '{"model":"o3","messages":[{"role":"user","content":"ping"}]}'
