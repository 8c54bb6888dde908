# OPENAI_BASE_URL=https://<relay>/v1, OPENAI_API_KEY=the relay token. A cheap call shows the token's state:
curl -sS "$OPENAI_BASE_URL/models" -H "Authorization: Bearer $OPENAI_API_KEY"
echo
# The token's (or account's) quota, in the relay's display unit; access_until 0 means no expiry:
curl -sS "$OPENAI_BASE_URL/dashboard/billing/subscription" -H "Authorization: Bearer $OPENAI_API_KEY"
echo
# new-api only: works even when the token is expired or used up (expires_at, total_available, model_limits):
curl -sS "${OPENAI_BASE_URL%/v1}/api/usage/token/" -H "Authorization: Bearer $OPENAI_API_KEY"
