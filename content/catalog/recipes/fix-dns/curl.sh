# Does the API host resolve here? Use the host from your base URL.
HOST="${1:-api.openai.com}"
getent hosts "$HOST" || nslookup "$HOST"          # Windows: nslookup or Resolve-DnsName
curl -sS -o /dev/null -w "HTTP %{http_code}\n" "https://$HOST/"   # exit 6: Could not resolve host

# Resolves on the host but not inside a Docker container (EAI_AGAIN)? Give the container a resolver:
docker run --rm --dns "${DNS_SERVER:?set DNS_SERVER to a DNS server the container can reach}" \
  curlimages/curl -sS -o /dev/null -w "HTTP %{http_code}\n" "https://$HOST/"
# Permanent: "dns": ["<server>"] in /etc/docker/daemon.json, then restart the Docker daemon.
