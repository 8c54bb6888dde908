"""Call Azure OpenAI with a Microsoft Entra ID token instead of a key, then test it with one free request."""
import os

from openai import AuthenticationError, AzureOpenAI, PermissionDeniedError

SCOPE = "https://cognitiveservices.azure.com/.default"

# The resource refuses keys: drop one left in the environment so that only the token is sent.
os.environ.pop("AZURE_OPENAI_API_KEY", None)
token = os.environ.get("AZURE_OPENAI_AD_TOKEN")  # a token from `az account get-access-token`, for a quick check
if token:
    client = AzureOpenAI(azure_ad_token=token)
else:
    from azure.identity import DefaultAzureCredential, get_bearer_token_provider  # pip install azure-identity

    # az login on your machine; a managed or workload identity in Azure; AZURE_TENANT_ID, AZURE_CLIENT_ID and
    # AZURE_CLIENT_SECRET for a service principal elsewhere. The provider renews the token before it expires.
    client = AzureOpenAI(azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), SCOPE))

try:
    client.models.list()
except AuthenticationError as err:
    if err.code == "PermissionDenied":  # "Principal does not have access to API/Operation."
        raise SystemExit(f"401: give this identity the Cognitive Services OpenAI User role on the resource. {err.message}")
    raise SystemExit(f"401: check the tenant and that the token is for {SCOPE}. {err.message}")
except PermissionDeniedError as err:
    raise SystemExit(f"403: the token was read; the resource's network rules refuse this address. {err.message}")
print("the token is accepted")
