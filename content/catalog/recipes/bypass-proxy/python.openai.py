"""Call the API directly although HTTPS_PROXY is set: a local relay, a LAN gateway, a private endpoint."""
from openai import DefaultHttpxClient, OpenAI

MODEL = "gpt-4.1-mini"

# trust_env=False: this client ignores HTTP(S)_PROXY, NO_PROXY and the system proxy settings
# (and SSL_CERT_FILE). Other clients in the process keep using the proxy.
client = OpenAI(http_client=DefaultHttpxClient(trust_env=False))  # OPENAI_BASE_URL, OPENAI_API_KEY
print(f"Connecting directly to {client.base_url}")

reply = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "Say pong"}])
print(reply.choices[0].message.content)
