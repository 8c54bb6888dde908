"""Drop the oldest turns until prompt + max_tokens fit the context window, measured with count_tokens."""
import anthropic

MODEL = "claude-sonnet-4-6"
CONTEXT_WINDOW = 200_000  # your model's input window: client.models.retrieve(MODEL).max_input_tokens
MAX_TOKENS = 4_096  # ask for what you need: it is counted against the same window
client = anthropic.Anthropic()  # ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL


def starts_with_plain_user_turn(messages):
    content = messages[0]["content"]
    blocks = content if isinstance(content, list) else []
    return messages[0]["role"] == "user" and not any(b.get("type") == "tool_result" for b in blocks)


def fit(system, messages):
    while True:
        used = client.messages.count_tokens(model=MODEL, system=system, messages=messages).input_tokens
        if used + MAX_TOKENS <= CONTEXT_WINDOW * 0.95:  # count_tokens is an estimate: keep a margin
            return messages
        if len(messages) == 1:
            raise SystemExit(f"the last message alone is ~{used} tokens: cut pasted documents or tool output")
        messages = messages[1:]
        while len(messages) > 1 and not starts_with_plain_user_turn(messages):
            messages = messages[1:]  # never start with an assistant turn or an orphaned tool_result


system = "You are a helpful assistant."
history = [{"role": "user", "content": "Here is a long document ..."},
           {"role": "assistant", "content": "Summary of the document ..."},
           {"role": "user", "content": "ping"}]
history = fit(system, history)
reply = client.messages.create(model=MODEL, max_tokens=MAX_TOKENS, system=system, messages=history)
print(reply.content[0].text)
