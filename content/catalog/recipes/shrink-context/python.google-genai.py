"""Drop the oldest turns until prompt + max_output_tokens fit the context window, measured with count_tokens."""
from google import genai
from google.genai import types

MODEL = "gemini-2.5-flash"
CONTEXT_WINDOW = 1_000_000  # your model's input window: client.models.get(model=MODEL).input_token_limit
MAX_OUTPUT = 4_096  # ask for what you need
client = genai.Client()  # GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL


def fit(contents):
    while True:
        used = client.models.count_tokens(model=MODEL, contents=contents).total_tokens
        if used + MAX_OUTPUT <= CONTEXT_WINDOW * 0.95:
            return contents
        if len(contents) == 1:
            raise SystemExit(f"the last turn alone is {used} tokens: cut pasted documents or tool output")
        contents = contents[2:] if len(contents) > 2 else contents[1:]  # drop the oldest user/model pair


history = [types.Content(role="user", parts=[types.Part.from_text(text="Here is a long document ...")]),
           types.Content(role="model", parts=[types.Part.from_text(text="Summary of the document ...")]),
           types.Content(role="user", parts=[types.Part.from_text(text="ping")])]
reply = client.models.generate_content(model=MODEL, contents=fit(history),
                                       config=types.GenerateContentConfig(max_output_tokens=MAX_OUTPUT))
print(reply.text)
