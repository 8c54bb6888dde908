"""On Azure the model parameter is your deployment name: check it, and list what the resource offers."""
import os

from openai import AzureOpenAI, NotFoundError

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")  # the name you gave the deployment

client = AzureOpenAI()  # AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION
try:
    client.chat.completions.create(model=DEPLOYMENT, max_completion_tokens=16, messages=[{"role": "user", "content": "ping"}])
    print(f"deployment {DEPLOYMENT!r} exists and answers")
except NotFoundError as err:  # DeploymentNotFound
    print(f"no deployment {DEPLOYMENT!r} on this resource: {err.message[:160]}")
    print("deployment names: the Deployments page of the Foundry portal, or")
    print("  az cognitiveservices account deployment list -g <resource-group> -n <resource>")

# Base models this resource can deploy. These are not deployment names.
print("models:", sorted(m.id for m in client.models.list())[:30])
