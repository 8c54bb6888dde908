# Set the key for this shell; add the line to ~/.bashrc or ~/.zshrc to keep it.
# Windows PowerShell: $env:ANTHROPIC_API_KEY = "sk-ant-..."
export ANTHROPIC_API_KEY="sk-ant-api03-xxxx"

# 200 = accepted; 401 "invalid x-api-key" = revoked, mistyped or not an Anthropic Console key
curl -sS -o /dev/null -w 'HTTP %{http_code}\n' "https://api.anthropic.com/v1/models?limit=1" \
  -H "x-api-key: $ANTHROPIC_API_KEY" -H "anthropic-version: 2026-10-21"
