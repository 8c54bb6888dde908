"""Recognise a content-filter block, say which filter fired, and stop: the same text is refused every time."""
import openai
from openai import OpenAI

MODEL = "gpt-4.1-mini"
client = OpenAI()  # OPENAI_API_KEY, OPENAI_BASE_URL (DeepSeek, OpenRouter or a relay)


def filter_that_fired(e):
    inner = e.body if isinstance(e.body, dict) else {}
    meta = inner.get("metadata") or {}
    if meta.get("reasons"):  # OpenRouter moderation (403)
        return f"OpenRouter moderation {meta['reasons']} on {meta.get('flagged_input')!r}"
    if e.code == "sensitive_words_detected":  # the relay's own word list (new-api)
        return f"the relay's sensitive-word filter: {inner.get('message')}"
    if "Content Exists Risk" in e.message:  # DeepSeek (400)
        return "DeepSeek's content check"
    return "a content filter" if e.code == "content_filter" else None


try:
    reply = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": "ping"}])
except (openai.BadRequestError, openai.PermissionDeniedError) as e:
    fired = filter_that_fired(e)
    if not fired:
        raise
    raise SystemExit(f"Blocked by {fired}. Rephrase or remove that part; do not resend it unchanged.")
choice = reply.choices[0]
if choice.finish_reason == "content_filter":  # the answer was stopped by an output filter
    print("Answer filtered; partial text:", choice.message.content)
else:
    print(choice.message.content)
