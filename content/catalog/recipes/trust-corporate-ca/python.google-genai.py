"""Trust a corporate or private root CA (a PEM file) in addition to the usual roots."""
import os
import ssl

from google import genai
from google.genai import types

MODEL = "gemini-2.5-flash"
CA_FILE = os.environ.get("EXTRA_CA_CERTS")  # e.g. ~/certs/corp-root-ca.pem, from IT

if CA_FILE:
    # google-genai verifies against certifi's bundle (or SSL_CERT_FILE), not the OS store,
    # so the corporate root has to be added here even when IT installed it system-wide.
    ctx = ssl.create_default_context()                     # the roots OpenSSL finds on this system
    ctx.load_verify_locations(cafile=os.path.expanduser(CA_FILE))  # plus the corporate root
    client = genai.Client(http_options=types.HttpOptions(client_args={"verify": ctx}))
    print(f"Trusting {CA_FILE} as well")
else:
    client = genai.Client()
    print("EXTRA_CA_CERTS is not set: using certifi's bundle")

response = client.models.generate_content(model=MODEL, contents="Say pong")
print(response.text)
