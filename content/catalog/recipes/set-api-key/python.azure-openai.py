"""Check the Azure OpenAI key this process actually sees, then test it with one free request."""
import os
import re

from openai import AuthenticationError, AzureOpenAI

key = os.environ.get("AZURE_OPENAI_API_KEY")
if not key:
    raise SystemExit("AZURE_OPENAI_API_KEY is not set in this process")
if re.search(r"[\s\"']", key):
    raise SystemExit(f"AZURE_OPENAI_API_KEY has quotes, spaces or a newline: {key[:4]!r}...{key[-3:]!r}")
print(f"key ...{key[-4:]} for {os.environ.get('AZURE_OPENAI_ENDPOINT')}")  # KEY 1 and KEY 2 both work

client = AzureOpenAI()  # AZURE_OPENAI_API_KEY (sent as api-key), AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION
try:
    client.models.list()
except AuthenticationError as err:
    raise SystemExit(f"401: the key was regenerated or belongs to another resource. {err.message}")
print("the key is accepted")
