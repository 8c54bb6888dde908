"""Send Gemini's turn back as it came: Gemini 3 checks the thought_signature on its functionCall parts next turn."""
from google import genai
from google.genai import errors, types

MODEL = "gemini-3-flash-preview"
client = genai.Client()  # GEMINI_API_KEY


def get_weather(city: str = "") -> dict:
    return {"city": city, "forecast": "rain"}  # your tool


weather = types.FunctionDeclaration(
    name="get_weather",
    description="Today's forecast for a city",
    parameters=types.Schema(type="OBJECT", properties={"city": types.Schema(type="STRING")}, required=["city"]),
)
config = types.GenerateContentConfig(tools=[types.Tool(function_declarations=[weather])])
contents = [types.Content(role="user", parts=[types.Part(text="Do I need an umbrella in Paris today?")])]
try:
    for _ in range(5):  # one model turn per round of tool calls
        response = client.models.generate_content(model=MODEL, contents=contents, config=config)
        turn = response.candidates[0].content
        # The Content object itself, not one rebuilt from call.name and call.args: its parts keep their
        # thought_signature. (client.chats.create(...) keeps the history this way for you.)
        contents.append(turn)
        calls = [part.function_call for part in turn.parts or [] if part.function_call]
        if not calls:
            break
        results = [types.Part.from_function_response(name=c.name, response=get_weather(**(c.args or {}))) for c in calls]
        contents.append(types.Content(role="user", parts=results))
except errors.ClientError as err:
    raise SystemExit(f"{err.code} {err.status}: {err.message}")
print(response.text)
