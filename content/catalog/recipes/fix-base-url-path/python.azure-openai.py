"""Split a pasted Azure OpenAI URL into endpoint, deployment and api-version, then check them."""
import os
import re
from urllib.parse import parse_qs, urlsplit

from openai import AzureOpenAI, BadRequestError, NotFoundError

# Paste the Target URI from the portal, or just the endpoint:
# https://<resource>.openai.azure.com/openai/deployments/<deployment>/chat/completions?api-version=2024-10-21
pasted = os.environ.get("AZURE_OPENAI_ENDPOINT")
if not pasted:
    raise SystemExit("set AZURE_OPENAI_ENDPOINT to the URL you have")
parts = urlsplit(pasted)
endpoint = f"{parts.scheme}://{parts.netloc}"  # the resource root; the SDK adds /openai/deployments/...
found = re.search(r"/deployments/([^/]+)", parts.path)
deployment = found.group(1) if found else os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")
api_version = parse_qs(parts.query).get("api-version", [os.environ.get("OPENAI_API_VERSION", "2024-10-21")])[0]
print(f"AZURE_OPENAI_ENDPOINT={endpoint}  AZURE_OPENAI_DEPLOYMENT={deployment}  OPENAI_API_VERSION={api_version}")

client = AzureOpenAI(azure_endpoint=endpoint, api_version=api_version)  # key from AZURE_OPENAI_API_KEY
try:
    reply = client.chat.completions.create(
        model=deployment, max_completion_tokens=16, messages=[{"role": "user", "content": "ping"}]
    )
except NotFoundError as err:  # DeploymentNotFound, or a 404 for a wrong path
    raise SystemExit(f"404: no deployment {deployment!r} on this resource. {err.message[:200]}")
except BadRequestError as err:  # e.g. "API version not supported"
    raise SystemExit(f"400 with api-version {api_version}: {err.message[:200]}")
print("endpoint, deployment and api-version OK:", reply.choices[0].message.content)
