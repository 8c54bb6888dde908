"""Send the request to another Gemini model when one is overloaded, rate-limited or failing."""
from google import genai
from google.genai import errors

MODELS = ["gemini-2.5-flash", "gemini-2.5-flash-lite"]  # tried in this order
# GEMINI_API_KEY; the SDK does not retry by default, so a failure moves on to the next model at once
client = genai.Client()


def generate(contents):
    for i, model in enumerate(MODELS):
        last = i == len(MODELS) - 1
        try:
            return model, client.models.generate_content(model=model, contents=contents)
        except errors.APIError as e:  # ClientError (4xx) or ServerError (5xx)
            if e.code in (400, 413) or last:
                raise  # a malformed request, or a location/billing precondition, fails on every model
            print(f"{model}: {e.code} {e.status}, trying the next model")
        except Exception as e:  # network failure or timeout (httpx errors)
            if last:
                raise
            print(f"{model}: {e!r}, trying the next model")


model, response = generate("ping")
print(model, "->", response.text)
