# Probe candidate bases: 200 (or 401) with JSON = an API lives here; 404 or text/html = wrong path.
# scheme and host of the address you were given, without any path
HOST=$(printf %s "${OPENAI_BASE_URL:-https://relay.example.com}" | sed -E 's#^(https?://[^/]+).*#\1#')
for base in "$HOST" "$HOST/v1" "$HOST/api/v1"; do
  printf '%-40s ' "$base/models"
  curl -sS -o /dev/null -w '%{http_code} %{content_type}\n' "$base/models" \
    -H "Authorization: Bearer $OPENAI_API_KEY"
done
# Use the base that answered 200 as OPENAI_BASE_URL (clients then append /chat/completions).
