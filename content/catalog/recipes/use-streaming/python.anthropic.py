"""Stream a long answer; the SDK requires it once max_tokens implies more than about 10 minutes."""
from anthropic import Anthropic

MODEL = "claude-sonnet-4-6"

client = Anthropic()
# Without streaming, max_tokens=32000 is refused before sending: "Streaming is required for
# operations that may take longer than 10 minutes".
with client.messages.stream(
    model=MODEL, max_tokens=32000, messages=[{"role": "user", "content": "Write a long report"}]
) as stream:
    for text in stream.text_stream:
        print(text, end="", flush=True)
    message = stream.get_final_message()  # the complete message, as create() would return it
print("\nstop_reason:", message.stop_reason, "| output tokens:", message.usage.output_tokens)
