"""Send the assistant message back whole: DeepSeek and Kimi check its reasoning_content, Gemini its thought signatures."""
import json

import openai
from openai import OpenAI

MODEL = "deepseek-v4-pro"  # or a Kimi or Gemini model on its OpenAI-compatible address
client = OpenAI()  # OPENAI_API_KEY, OPENAI_BASE_URL


def get_weather(city: str = "") -> dict:
    return {"city": city, "forecast": "rain"}  # your tool


tools = [{
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Today's forecast for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}]
messages = [{"role": "user", "content": "Do I need an umbrella in Paris today?"}]
try:
    for _ in range(5):  # one assistant turn per round of tool calls
        message = client.chat.completions.create(model=MODEL, messages=messages, tools=tools).choices[0].message
        # model_dump keeps the fields the SDK does not declare: reasoning_content (DeepSeek, Kimi) and each tool
        # call's extra_content (Gemini's thought_signature). A dict built from role, content and tool_calls drops them.
        messages.append(message.model_dump(exclude_none=True))
        if not message.tool_calls:
            break
        for call in message.tool_calls:
            result = get_weather(**json.loads(call.function.arguments or "{}"))
            messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})
except openai.BadRequestError as e:
    raise SystemExit(f"HTTP {e.status_code}: {e.message}")
print(message.content)
