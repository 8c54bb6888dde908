#!/usr/bin/env bash
# Statuspage summaries: "indicator" is none, minor, major or critical.
for base in https://status.claude.com https://status.openai.com https://status.deepseek.com \
            https://status.cursor.com; do
  printf '%s: ' "$base"
  curl -sS -m 10 "$base/api/v2/status.json" | grep -o '"indicator":"[a-z]*","description":"[^"]*"' \
    || echo "could not read it: check your own network or proxy"
done
# Gemini and OpenRouter: open https://aistudio.google.com/status and https://status.openrouter.ai
# in a browser.
