# Which scheme does the port speak? Try both against the relay or gateway.
HOSTPORT="${1:?usage: bash curl.sh 192.0.2.10:3000   (host:port of the relay or gateway)}"
curl -sS -o /dev/null -w 'https://: HTTP %{http_code}\n' "https://$HOSTPORT/v1/models"
curl -sS -o /dev/null -w 'http://:  HTTP %{http_code}\n' "http://$HOSTPORT/v1/models"
# https:// fails with "(35) ... wrong version number"            => plain-HTTP port: use http://
# http:// fails with "(52) Empty reply" or "(56) ... reset", or gets
#   400 "The plain HTTP request was sent to HTTPS port" (nginx)  => TLS-only port: use https://

# A proxy written https:// that is an ordinary HTTP proxy fails the same way: write it http://
echo "HTTPS_PROXY=${HTTPS_PROXY:-(not set)}"
