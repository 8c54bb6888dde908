# Claude-format access to a relay (as Claude Code uses it): ANTHROPIC_BASE_URL=https://<relay> without /v1.
# Send the token as Bearer, which every one-api / new-api build reads; the error message names the token setting.
# anthropic-version 2023-06-01 is still accepted; current SDKs send 2026-10-21.
curl -sS "$ANTHROPIC_BASE_URL/v1/models" \
  -H "Authorization: Bearer $ANTHROPIC_AUTH_TOKEN" -H "anthropic-version: 2023-06-01"
