# One small request with the response headers: x-ratelimit-limit-* are your tier's limits for this model.
curl -sS -D - "${OPENAI_BASE_URL:-https://api.openai.com/v1}/chat/completions" \
  -H "Authorization: Bearer $OPENAI_API_KEY" -H "Content-Type: application/json" \
  -d '{"model":"gpt-4.1-mini","max_tokens":5,"messages":[{"role":"user","content":"ping"}]}'
# A 429 whose error.code is organization_usage_limit_exceeded, organization_spend_limit_exceeded,
# project_spend_limit_exceeded or credit_balance_exhausted is a cap: change it at
# https://platform.openai.com/settings/organization/limits (or the project's limits), do not retry.
