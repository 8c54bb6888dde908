"""Trust a corporate or private root CA (a PEM file) in addition to the usual roots."""
import os
import ssl

from anthropic import Anthropic, DefaultHttpxClient

MODEL = "claude-sonnet-4-6"
CA_FILE = os.environ.get("EXTRA_CA_CERTS")  # e.g. ~/certs/corp-root-ca.pem, from IT

if CA_FILE:
    ctx = ssl.create_default_context()                     # the roots OpenSSL finds on this system
    ctx.load_verify_locations(cafile=os.path.expanduser(CA_FILE))  # plus the corporate root
    client = Anthropic(http_client=DefaultHttpxClient(verify=ctx))
    print(f"Trusting {CA_FILE} as well")
else:
    # anthropic 1+ already trusts the operating system's store: a root installed there needs no code.
    client = Anthropic()
    print("EXTRA_CA_CERTS is not set: using the operating system's trust store")

message = client.messages.create(model=MODEL, max_tokens=16, messages=[{"role": "user", "content": "Say pong"}])
print(message.content[0].text)
