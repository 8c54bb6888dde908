"""Send one request to Azure OpenAI through the proxy in HTTPS_PROXY, set on the client itself."""
import os

from openai import AzureOpenAI, DefaultHttpxClient

# The deployment name you chose in Azure, not the model id.
DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")
# An HTTP proxy is written http://host:port even though the API is https.
# socks5:// also works after: pip install "httpx2[socks]"
PROXY = os.environ.get("HTTPS_PROXY") or os.environ.get("https_proxy")

if PROXY:
    # proxy= applies to this client only and ignores NO_PROXY; without it the SDK reads
    # HTTPS_PROXY and NO_PROXY from the environment when the client is created.
    client = AzureOpenAI(http_client=DefaultHttpxClient(proxy=PROXY))
    print(f"Using proxy {PROXY}")
else:
    client = AzureOpenAI()  # AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION
    print("HTTPS_PROXY is not set: connecting directly")

reply = client.chat.completions.create(model=DEPLOYMENT, messages=[{"role": "user", "content": "Say pong"}])
print(reply.choices[0].message.content)
