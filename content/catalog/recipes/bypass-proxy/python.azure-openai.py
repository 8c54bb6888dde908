"""Call Azure OpenAI directly although HTTPS_PROXY is set, e.g. through a private endpoint."""
import os

from openai import AzureOpenAI, DefaultHttpxClient

# The deployment name you chose in Azure, not the model id.
DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")

# trust_env=False: this client ignores HTTP(S)_PROXY, NO_PROXY and the system proxy settings
# (and SSL_CERT_FILE). Other clients in the process keep using the proxy.
client = AzureOpenAI(http_client=DefaultHttpxClient(trust_env=False))  # AZURE_OPENAI_ENDPOINT, ...
print(f"Connecting directly to {client.base_url}")

reply = client.chat.completions.create(model=DEPLOYMENT, messages=[{"role": "user", "content": "Say pong"}])
print(reply.choices[0].message.content)
