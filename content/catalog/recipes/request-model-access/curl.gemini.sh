# The models this key can use. A 403 PERMISSION_DENIED names the reason in error.details[].reason:
# SERVICE_DISABLED (enable the Generative Language API in the project), API_KEY_SERVICE_BLOCKED (the key's API
# restrictions), CONSUMER_SUSPENDED (create a new key).
curl -sS "${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}/v1beta/models" \
  -H "x-goog-api-key: $GEMINI_API_KEY"
