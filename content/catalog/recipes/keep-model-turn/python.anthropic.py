"""Send Claude's turn back as it came: with extended thinking, its thinking blocks and their signatures go back too."""
import anthropic

MODEL = "claude-sonnet-4-6"
client = anthropic.Anthropic()  # ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL


def get_weather(city: str = "") -> str:
    return f"{city}: rain"  # your tool


tools = [{
    "name": "get_weather",
    "description": "Today's forecast for a city",
    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
}]
messages = [{"role": "user", "content": "Do I need an umbrella in Paris today?"}]
try:
    for _ in range(5):  # one assistant turn per round of tool calls
        reply = client.messages.create(model=MODEL, max_tokens=2048, tools=tools, messages=messages)
        # reply.content unchanged: thinking blocks keep their signature, in their place before the tool_use blocks.
        messages.append({"role": "assistant", "content": reply.content})
        uses = [block for block in reply.content if block.type == "tool_use"]
        if not uses:
            break
        results = [{"type": "tool_result", "tool_use_id": u.id, "content": get_weather(**u.input)} for u in uses]
        messages.append({"role": "user", "content": results})
except anthropic.BadRequestError as e:
    raise SystemExit(f"HTTP {e.status_code}: {e.message}")
print("".join(block.text for block in reply.content if block.type == "text"))
