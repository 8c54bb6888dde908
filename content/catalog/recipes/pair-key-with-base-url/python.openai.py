"""Check that OPENAI_API_KEY and OPENAI_BASE_URL belong to the same service."""
from openai import AuthenticationError, NotFoundError, OpenAI

# Set the pair together, for example:
#   OpenAI      https://api.openai.com/v1      (the default when OPENAI_BASE_URL is unset)
#   DeepSeek    https://api.deepseek.com
#   OpenRouter  https://openrouter.ai/api/v1
#   a relay     https://<relay-host>/v1        (one-api / new-api)
client = OpenAI()  # reads OPENAI_API_KEY and OPENAI_BASE_URL; the key is sent as "Authorization: Bearer"
print(f"{client.base_url} with key ...{client.api_key[-4:]}")

try:
    page = client.models.list()  # GET <base>/models: no tokens are used
except AuthenticationError as err:
    raise SystemExit(f"401: this service did not issue this key. Set the key and base URL of one service. ({err.message})")
except NotFoundError:
    raise SystemExit("404: the base URL path is wrong (OpenAI and relays need it to end in /v1).")
print("key and base URL match; models:", [m.id for m in page.data[:5]])
