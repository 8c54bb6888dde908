"""Run a batch with at most LIMIT requests in flight; failures are collected, not fatal."""
import asyncio

from google import genai
from google.genai import types

MODEL = "gemini-2.5-flash"
LIMIT = 4  # requests in flight at once; keep it well under your RPM limit
# GEMINI_API_KEY. google-genai does not retry by default: let it retry 408/429/5xx inside a slot.
client = genai.Client(http_options=types.HttpOptions(retry_options=types.HttpRetryOptions(attempts=5)))
slots = asyncio.Semaphore(LIMIT)


async def ask(prompt):
    async with slots:
        response = await client.aio.models.generate_content(model=MODEL, contents=prompt)
        return response.text


async def main(prompts):
    results = await asyncio.gather(*(ask(p) for p in prompts), return_exceptions=True)
    failed = [p for p, r in zip(prompts, results) if isinstance(r, Exception)]
    for prompt, result in zip(prompts, results):
        print(prompt, "->", f"FAILED: {result!r}" if isinstance(result, Exception) else result)
    print(f"{len(prompts) - len(failed)} done, {len(failed)} failed",
          "(send those again later)" if failed else "")


asyncio.run(main([f"Summarise item {i}" for i in range(12)]))
