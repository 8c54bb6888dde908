"""Resolve the API hosts this machine is set up to call, with the resolver the SDKs use."""
import ipaddress
import os
import socket
import sys
from urllib.parse import urlsplit

NAMES = ["OPENAI_BASE_URL", "ANTHROPIC_BASE_URL", "GOOGLE_GEMINI_BASE_URL", "AZURE_OPENAI_ENDPOINT", "HTTPS_PROXY"]
urls = sys.argv[1:] or [os.environ[n] for n in NAMES if os.environ.get(n)] or ["https://api.openai.com"]

failed = 0
for url in urls:
    host = urlsplit(url if "://" in url else f"https://{url}").hostname
    try:
        addresses = sorted({info[4][0] for info in socket.getaddrinfo(host, 443, type=socket.SOCK_STREAM)})
    except socket.gaierror as e:
        failed += 1
        if e.errno == socket.EAI_AGAIN:  # "Temporary failure in name resolution"
            print(f"{host}: the resolver did not answer ({e}); check this machine's or container's DNS server")
        else:  # EAI_NONAME: "Name or service not known", Windows 11001
            print(f"{host}: no such name ({e}); check the spelling, or connect the VPN that serves it")
        continue
    ips = [ipaddress.ip_address(a.split("%")[0]) for a in addresses]
    private = [ip for ip in ips if ip.is_private and not ip.is_loopback]
    note = "  (private addresses: reachable only inside that network or VPN)" if private else ""
    print(f"{host} -> {', '.join(addresses)}{note}")
sys.exit(1 if failed else 0)
