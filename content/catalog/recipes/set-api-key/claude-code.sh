# An Anthropic Console key, sent as X-Api-Key. While it is set it is used instead of a subscription login.
export ANTHROPIC_API_KEY="sk-ant-api03-xxxx"
# Or a gateway / relay token, sent as Authorization: Bearer, together with that gateway's address:
# export ANTHROPIC_AUTH_TOKEN="sk-..." ANTHROPIC_BASE_URL="https://relay.example.com"

case "$ANTHROPIC_API_KEY$ANTHROPIC_AUTH_TOKEN" in
  *[[:space:]\"\']*) echo "the key contains spaces, quotes or a newline: set it again" ;;
esac
claude   # then /status shows which credential is in use
