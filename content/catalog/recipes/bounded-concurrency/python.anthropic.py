"""Run a batch with at most LIMIT requests in flight; failures are collected, not fatal."""
import asyncio

import anthropic

MODEL = "claude-sonnet-4-6"
LIMIT = 4  # requests in flight at once; 4-8 is a sane start
client = anthropic.AsyncAnthropic(max_retries=4)  # ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL; retries 429/5xx/529
slots = asyncio.Semaphore(LIMIT)


async def ask(prompt):
    async with slots:
        message = await client.messages.create(
            model=MODEL, max_tokens=512, messages=[{"role": "user", "content": prompt}])
        return message.content[0].text


async def main(prompts):
    results = await asyncio.gather(*(ask(p) for p in prompts), return_exceptions=True)
    failed = [p for p, r in zip(prompts, results) if isinstance(r, Exception)]
    for prompt, result in zip(prompts, results):
        print(prompt, "->", f"FAILED: {result!r}" if isinstance(result, Exception) else result)
    print(f"{len(prompts) - len(failed)} done, {len(failed)} failed",
          "(send those again later)" if failed else "")


asyncio.run(main([f"Summarise item {i}" for i in range(12)]))
