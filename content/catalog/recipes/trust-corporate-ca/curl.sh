# Who signed the certificate this network presents for the API host? (-k only to read it, nothing is sent)
URL="${1:?usage: bash curl.sh https://api.openai.com/v1/models}"
curl -skv -o /dev/null "$URL" 2>&1 | grep -E '^\*  (subject|issuer):'
# An issuer such as your company's or a security product's name means TLS inspection.

# Verify against a bundle that contains that root (PEM). CURL_CA_BUNDLE replaces curl's default bundle.
export CURL_CA_BUNDLE="${CURL_CA_BUNDLE:?export CURL_CA_BUNDLE=/path/to/bundle-with-corp-root.pem}"
curl -sS -o /dev/null -w 'verified: HTTP %{http_code}\n' "$URL"
