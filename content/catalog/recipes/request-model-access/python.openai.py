"""Call a model the key may use: stream only where the organization is verified, and say what to enable."""
import openai
from openai import OpenAI

MODEL = "o3"  # streaming it needs a verified organization
VERIFY_PAGE = "https://platform.openai.com/settings/organization/general"
client = OpenAI()  # OPENAI_API_KEY, OPENAI_BASE_URL
messages = [{"role": "user", "content": "ping"}]

try:
    stream = client.chat.completions.create(model=MODEL, messages=messages, stream=True)
    print("".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices))
except openai.BadRequestError as e:
    if "must be verified" not in e.message:
        raise
    # Verification can take up to 15 minutes to apply; until then the same model works without streaming.
    print(f"Verify the organization at {VERIFY_PAGE}. Meanwhile, without streaming:")
    print(client.chat.completions.create(model=MODEL, messages=messages).choices[0].message.content)
except (openai.PermissionDeniedError, openai.NotFoundError) as e:
    available = sorted(m.id for m in client.models.list())  # what this key's project (or relay token) can see
    listed = "is" if MODEL in available else "is not"
    raise SystemExit(f"HTTP {e.status_code}: {e.message}\n{MODEL} {listed} among the key's models: "
                     "allow it in the project's model settings (or ask the relay admin), or use one of: "
                     + ", ".join(available[:20]))
