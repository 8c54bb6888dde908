// Run a batch with at most LIMIT requests in flight; failures are collected, not fatal.
import OpenAI from 'openai';

const MODEL = 'gpt-4.1-mini';
const LIMIT = 4; // requests in flight at once; 4-8 is a sane start
// OPENAI_API_KEY, OPENAI_BASE_URL; the SDK retries 429/5xx inside a slot
const client = new OpenAI({ maxRetries: 4 });

// LIMIT workers take items from a shared index, so no more than LIMIT calls run at once.
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = { ok: true, value: await fn(items[i]) };
      } catch (error) {
        results[i] = { ok: false, error: error.message };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const prompts = Array.from({ length: 12 }, (_, i) => `Summarise item ${i}`);
const results = await mapLimit(prompts, LIMIT, async (prompt) => {
  const reply = await client.chat.completions.create({
    model: MODEL, messages: [{ role: 'user', content: prompt }],
  });
  return reply.choices[0].message.content;
});
results.forEach((r, i) => console.log(prompts[i], '->', r.ok ? r.value : `FAILED: ${r.error}`));
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} done, ${failed} failed`, failed ? '(send those again later)' : '');
