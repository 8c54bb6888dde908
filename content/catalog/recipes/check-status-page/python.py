"""Check the providers' status pages before debugging your own code (standard library only)."""
import json
import os
import urllib.parse
import urllib.request

# Statuspage summaries: indicator is none, minor, major or critical.
PAGES = {"Anthropic": "https://status.claude.com", "OpenAI": "https://status.openai.com",
         "DeepSeek": "https://status.deepseek.com", "Cursor": "https://status.cursor.com"}
BROWSER_ONLY = {"Gemini": "https://aistudio.google.com/status", "OpenRouter": "https://status.openrouter.ai"}
OFFICIAL_HOSTS = {"api.openai.com", "api.anthropic.com", "generativelanguage.googleapis.com",
                  "api.deepseek.com", "openrouter.ai"}

for name, base in PAGES.items():
    try:
        with urllib.request.urlopen(f"{base}/api/v2/status.json", timeout=10) as response:
            status = json.load(response)["status"]
        print(f"{name}: {status['indicator']} - {status['description']}")
    except Exception as e:  # the page itself unreachable: your own network may be the problem
        print(f"{name}: could not read {base} ({e})")
for name, url in BROWSER_ONLY.items():
    print(f"{name}: open {url} in a browser")

# With a gateway or relay in between, its health matters too, and these pages do not show it.
for var in ("OPENAI_BASE_URL", "ANTHROPIC_BASE_URL", "GOOGLE_GEMINI_BASE_URL", "AZURE_OPENAI_ENDPOINT"):
    host = urllib.parse.urlparse(os.environ.get(var, "")).hostname
    if host and host not in OFFICIAL_HOSTS and not host.endswith(".openai.azure.com"):
        print(f"{var} points to {host}: its own status is known only to its operator")
