# Set the key for this shell; add the line to ~/.bashrc or ~/.zshrc to keep it.
# Windows PowerShell: $env:GEMINI_API_KEY = "..."
export GEMINI_API_KEY="your-gemini-api-key"

# 200 = accepted; 400 API_KEY_INVALID = wrong or deleted key; 403 = key restricted or API not enabled
curl -sS -o /dev/null -w 'HTTP %{http_code}\n' \
  "https://generativelanguage.googleapis.com/v1beta/models?pageSize=1" \
  -H "x-goog-api-key: $GEMINI_API_KEY"
