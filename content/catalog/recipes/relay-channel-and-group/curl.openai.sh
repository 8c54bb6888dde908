# The models your relay token and its group may call: use one of these exact names (case included).
curl -sS "$OPENAI_BASE_URL/models" -H "Authorization: Bearer $OPENAI_API_KEY"   # OPENAI_BASE_URL=https://<relay>/v1
echo
# Then one request: -i shows X-Oneapi-Request-Id, the id the relay admin needs to find the upstream's answer.
curl -sS -i "$OPENAI_BASE_URL/chat/completions" \
  -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d '{"model":"gpt-4.1-mini","messages":[{"role":"user","content":"ping"}]}'
