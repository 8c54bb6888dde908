# Set the key for this shell; add the line to ~/.bashrc or ~/.zshrc to keep it.
# Windows PowerShell: $env:OPENAI_API_KEY = "sk-..."  (setx OPENAI_API_KEY "sk-..." for new windows)
export OPENAI_API_KEY="sk-..."

# 200 = accepted; 401 = revoked, mistyped or issued by another service
BASE="${OPENAI_BASE_URL:-https://api.openai.com/v1}"
curl -sS -o /dev/null -w 'HTTP %{http_code}\n' "${BASE%/}/models" \
  -H "Authorization: Bearer $OPENAI_API_KEY"
