"""Check that AZURE_OPENAI_API_KEY belongs to the resource in AZURE_OPENAI_ENDPOINT."""
import os

from openai import AuthenticationError, AzureOpenAI, NotFoundError

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")  # your deployment name

# Reads AZURE_OPENAI_API_KEY (sent as "api-key"), AZURE_OPENAI_ENDPOINT and OPENAI_API_VERSION.
# The endpoint is the resource root, https://<resource>.openai.azure.com, with no path.
client = AzureOpenAI()
print("endpoint:", os.environ.get("AZURE_OPENAI_ENDPOINT"), "deployment:", DEPLOYMENT)

try:
    reply = client.chat.completions.create(
        model=DEPLOYMENT, max_completion_tokens=16, messages=[{"role": "user", "content": "ping"}]
    )
except AuthenticationError as err:
    raise SystemExit(f"401: the key belongs to another Azure resource, or was regenerated. ({err.message})")
except NotFoundError as err:
    raise SystemExit(f"404: key and endpoint match, but no deployment named {DEPLOYMENT!r}. ({err.message})")
print("key, endpoint and deployment match:", reply.choices[0].message.content)
