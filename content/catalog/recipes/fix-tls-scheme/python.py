"""Check that each configured base URL and proxy uses the scheme its port really speaks."""
import os
import socket
import ssl
import sys
from urllib.parse import urlsplit

NAMES = ["OPENAI_BASE_URL", "ANTHROPIC_BASE_URL", "GOOGLE_GEMINI_BASE_URL", "AZURE_OPENAI_ENDPOINT",
         "HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"]
targets = [(url, url) for url in sys.argv[1:]] or [(f"{n}={os.environ[n]}", os.environ[n]) for n in NAMES if os.environ.get(n)]


def speaks_tls(host, port):
    ctx = ssl.create_default_context()
    ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE  # only the protocol matters here
    with socket.create_connection((host, port), timeout=5) as sock:  # OSError: not reachable at all
        try:
            with ctx.wrap_socket(sock, server_hostname=host):
                return True
        except (ssl.SSLError, ConnectionError):
            return False  # the port answered, but not with TLS


wrong = 0
for label, url in targets:
    parts = urlsplit(url if "://" in url else f"http://{url}")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        tls = speaks_tls(parts.hostname, port)
    except OSError as e:
        print(f"{label}: cannot connect to port {port} ({e})")
        continue
    verdict = "ok" if tls == (parts.scheme == "https") else f"port {port} speaks {'TLS: use https://' if tls else 'plain HTTP: use http://'}"
    wrong += verdict != "ok"
    print(f"{label}: {verdict}")
if not targets:
    print("No base URL or proxy variable is set; pass URLs as arguments: python python.py https://host:port")
sys.exit(1 if wrong else 0)
