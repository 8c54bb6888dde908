"""Trust a corporate or private root CA (a PEM file) in addition to the usual roots."""
import os
import ssl

from openai import DefaultHttpxClient, OpenAI

MODEL = "gpt-4.1-mini"
CA_FILE = os.environ.get("EXTRA_CA_CERTS")  # e.g. ~/certs/corp-root-ca.pem, from IT

if CA_FILE:
    ctx = ssl.create_default_context()                     # the roots OpenSSL finds on this system
    ctx.load_verify_locations(cafile=os.path.expanduser(CA_FILE))  # plus the corporate root
    client = OpenAI(http_client=DefaultHttpxClient(verify=ctx))
    print(f"Trusting {CA_FILE} as well")
else:
    # openai 3+ already trusts the operating system's store: a root installed there needs no code.
    client = OpenAI()
    print("EXTRA_CA_CERTS is not set: using the operating system's trust store")

reply = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "Say pong"}])
print(reply.choices[0].message.content)
