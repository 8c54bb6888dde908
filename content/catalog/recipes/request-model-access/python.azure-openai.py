"""Azure OpenAI: a model is callable only through a deployment of it in your resource; say which part is missing."""
import os

import openai
from openai import AzureOpenAI

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")  # the deployment name, not the model name
client = AzureOpenAI()  # AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION

try:
    reply = client.chat.completions.create(model=DEPLOYMENT, messages=[{"role": "user", "content": "ping"}])
    print(reply.choices[0].message.content)
except openai.NotFoundError as e:  # code DeploymentNotFound
    raise SystemExit(f"{e.code}: no deployment named {DEPLOYMENT!r} in this resource. Deploy the model (or copy the "
                     "exact deployment name) in the Azure AI Foundry portal; a new deployment can take about 5 minutes to answer.")
except openai.PermissionDeniedError as e:
    raise SystemExit(f"{e.code}: {e.message}\nThe key is valid but not allowed here: check the resource's networking "
                     "(firewall, private endpoint) and, when you sign in with Microsoft Entra ID, your role on the resource.")
