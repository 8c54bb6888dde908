"""Run a batch with at most LIMIT requests in flight; failures are collected, not fatal."""
import asyncio
import os

import openai

DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4.1-mini")
LIMIT = 4  # requests in flight at once; 4-8 is a sane start
# AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION; retries 429/5xx inside a slot
client = openai.AsyncAzureOpenAI(max_retries=4)
slots = asyncio.Semaphore(LIMIT)


async def ask(prompt):
    async with slots:
        reply = await client.chat.completions.create(
            model=DEPLOYMENT, messages=[{"role": "user", "content": prompt}])
        return reply.choices[0].message.content


async def main(prompts):
    results = await asyncio.gather(*(ask(p) for p in prompts), return_exceptions=True)
    failed = [p for p, r in zip(prompts, results) if isinstance(r, Exception)]
    for prompt, result in zip(prompts, results):
        print(prompt, "->", f"FAILED: {result!r}" if isinstance(result, Exception) else result)
    print(f"{len(prompts) - len(failed)} done, {len(failed)} failed",
          "(send those again later)" if failed else "")


asyncio.run(main([f"Summarise item {i}" for i in range(12)]))
