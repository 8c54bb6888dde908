# Is the proxy in the way? Call the same URL with the proxy settings and without any proxy.
URL="${1:?usage: bash curl.sh http://127.0.0.1:3000/v1/models}"
echo "with proxy settings: $(curl -sS -o /dev/null -w '%{http_code}' "$URL" 2>&1)"
echo "without any proxy:   $(curl -sS --noproxy '*' -o /dev/null -w '%{http_code}' "$URL" 2>&1)"
# Only the second works? Exclude the host for every command in this shell:
#   export NO_PROXY="localhost,127.0.0.1,<relay host>"
