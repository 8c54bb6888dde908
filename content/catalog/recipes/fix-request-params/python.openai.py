"""Read which field a 400/422 rejects, fix that field, send once more (OpenAI, DeepSeek, OpenRouter, relays)."""
import openai
from openai import OpenAI

MODEL = "gpt-5-mini"  # reasoning models reject max_tokens
client = OpenAI()  # OPENAI_API_KEY, OPENAI_BASE_URL (the /v1 address of DeepSeek, OpenRouter or a relay)

params = {"model": MODEL, "messages": [{"role": "user", "content": "ping"}], "max_tokens": 256}
try:
    reply = client.chat.completions.create(**params)
except (openai.BadRequestError, openai.UnprocessableEntityError) as e:
    inner = e.body if isinstance(e.body, dict) else {}  # the "error" object; a list for Gemini's compat API
    print(f"HTTP {e.status_code} param={e.param!r} code={e.code!r}: {inner.get('message', e.message)}")
    raw = (inner.get("metadata") or {}).get("raw")
    if raw:  # OpenRouter: the routed provider's own error
        print("provider error:", raw)
    if e.param != "max_tokens":
        raise SystemExit(1)  # change the field it names in your code: the same body fails every time
    params["max_completion_tokens"] = params.pop("max_tokens")
    reply = client.chat.completions.create(**params)
print(reply.choices[0].message.content)
