# Balance endpoints that accept an ordinary API key (pick the one for your provider):
curl -sS https://api.deepseek.com/user/balance -H "Authorization: Bearer $OPENAI_API_KEY"       # DeepSeek: is_available, balance_infos
curl -sS https://openrouter.ai/api/v1/key -H "Authorization: Bearer $OPENAI_API_KEY"            # OpenRouter: data.limit_remaining
curl -sS "$OPENAI_BASE_URL/dashboard/billing/subscription" -H "Authorization: Bearer $OPENAI_API_KEY"  # one-api/new-api relay
echo
# After topping up, one test call (curl does not retry unless you ask it to):
curl -sS -w '\nHTTP %{http_code}\n' "${OPENAI_BASE_URL:-https://api.openai.com/v1}/chat/completions" \
  -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d '{"model":"gpt-4.1-mini","max_tokens":5,"messages":[{"role":"user","content":"ping"}]}'
# Still 429 insufficient_quota / 402 / 额度: the credit went to another organization, project or account than the key's.
