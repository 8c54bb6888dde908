# Gemini 3 with a tool: the second request sends the model's turn back exactly as the first answered it.
BASE="${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}"
MODEL=gemini-3-flash-preview
TOOLS='[{"functionDeclarations":[{"name":"get_weather","description":"Forecast for a city","parameters":{"type":"OBJECT","properties":{"city":{"type":"STRING"}},"required":["city"]}}]}]'
ASK='{"role":"user","parts":[{"text":"Do I need an umbrella in Paris today?"}]}'

first=$(curl -sS "${BASE%/}/v1beta/models/$MODEL:generateContent" \
  -H "x-goog-api-key: $GEMINI_API_KEY" -H 'Content-Type: application/json' \
  -d "{\"contents\":[$ASK],\"tools\":$TOOLS}")

# The model's turn as it came (jq -c keeps it whole): its functionCall part carries "thoughtSignature".
turn=$(printf '%s' "$first" | jq -c '.candidates[0].content')
name=$(printf '%s' "$turn" | jq -r '[.parts[] | select(.functionCall)][0].functionCall.name')
result="{\"role\":\"user\",\"parts\":[{\"functionResponse\":{\"name\":\"$name\",\"response\":{\"forecast\":\"rain\"}}}]}"

# Rebuilding $turn from the call's name and args instead drops the signature: 400 "missing a thought_signature".
curl -sS -w '\nHTTP %{http_code}\n' "${BASE%/}/v1beta/models/$MODEL:generateContent" \
  -H "x-goog-api-key: $GEMINI_API_KEY" -H 'Content-Type: application/json' \
  -d "{\"contents\":[$ASK,$turn,$result],\"tools\":$TOOLS}"
