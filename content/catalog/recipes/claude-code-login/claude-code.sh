# 1. What is set? Inside a session, /status names the credential in use.
claude auth status   # Claude Code 2.1.41+: signed in or not, and how
env | grep -E '^ANTHROPIC_(API_KEY|AUTH_TOKEN|BASE_URL)=' | sed -E 's/=(.{12}).*/=\1.../'
grep -nE 'ANTHROPIC_(API_KEY|AUTH_TOKEN|BASE_URL)|apiKeyHelper' \
  ~/.claude/settings.json .claude/settings.json .claude/settings.local.json 2>/dev/null

# 2a. To use your Claude subscription: delete the lines found above from those "env" blocks,
#     clear the shell (and your ~/.bashrc or ~/.zshrc), then sign in again.
unset ANTHROPIC_API_KEY ANTHROPIC_AUTH_TOKEN ANTHROPIC_BASE_URL
claude auth logout
claude auth login

# 2b. To use an API key or a gateway token instead, keep that variable and sign the subscription out:
#     claude auth logout
