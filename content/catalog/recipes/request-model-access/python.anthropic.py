"""Say why the key may not use a model, and list the models it can use instead."""
import anthropic

MODEL = "claude-sonnet-4-6"  # exact ids only: informal names such as "sonnet4" are 404
client = anthropic.Anthropic()  # ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL

try:
    reply = client.messages.create(model=MODEL, max_tokens=64, messages=[{"role": "user", "content": "ping"}])
    print(reply.content[0].text)
except (anthropic.PermissionDeniedError, anthropic.NotFoundError) as e:
    error = e.body.get("error", {}) if isinstance(e.body, dict) else {}
    available = [m.id for m in client.models.list()]  # the models this key's organization can use
    raise SystemExit(f"HTTP {e.status_code} {error.get('type')}: {error.get('message')} (request id {e.request_id})\n"
                     f"{MODEL} {'is' if MODEL in available else 'is not'} available to this key. Check the "
                     "organization's and workspace's model access in the Console, or use one of: " + ", ".join(available))
