"""Azure OpenAI: read which field or api-version a 400 rejects, fix it, send once more."""
import os

import openai
from openai import AzureOpenAI

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-5-mini")  # your deployment name
client = AzureOpenAI()  # AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION

params = {"model": DEPLOYMENT, "messages": [{"role": "user", "content": "ping"}], "max_tokens": 256}
try:
    reply = client.chat.completions.create(**params)
except openai.BadRequestError as e:
    print(f"param={e.param!r} code={e.code!r}: {e.message}")
    if "api version" in e.message.lower():  # "API version not supported" / "enabled only for api versions ..."
        raise SystemExit(f"OPENAI_API_VERSION={os.environ.get('OPENAI_API_VERSION')} is not accepted: "
                         "use a version the Azure OpenAI API reference lists for this model")
    if e.param != "max_tokens":
        raise SystemExit(1)  # change the field it names in your code: the same body fails every time
    params["max_completion_tokens"] = params.pop("max_tokens")  # reasoning deployments
    reply = client.chat.completions.create(**params)
print(reply.choices[0].message.content)
