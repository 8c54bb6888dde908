# A 429 RESOURCE_EXHAUSTED body names the quota: error.details[] has google.rpc.QuotaFailure (quotaId, quotaValue)
# and google.rpc.RetryInfo (retryDelay). A quotaId with PerDay resets at midnight Pacific time; FreeTier or a
# quotaValue of 0 needs a billing account linked to the project. Limits are per project, not per key.
curl -sS "${GOOGLE_GEMINI_BASE_URL:-https://generativelanguage.googleapis.com}/v1beta/models/gemini-2.5-flash:generateContent" \
  -H "x-goog-api-key: $GEMINI_API_KEY" -H "Content-Type: application/json" \
  -d '{"contents":[{"parts":[{"text":"ping"}]}]}'
