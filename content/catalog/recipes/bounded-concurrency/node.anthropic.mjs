// Run a batch with at most LIMIT requests in flight; failures are collected, not fatal.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';
const LIMIT = 4; // requests in flight at once; 4-8 is a sane start
const client = new Anthropic({ maxRetries: 4 }); // ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL; retries 429/5xx/529

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
  const message = await client.messages.create({
    model: MODEL, max_tokens: 512, messages: [{ role: 'user', content: prompt }],
  });
  return message.content[0].text;
});
results.forEach((r, i) => console.log(prompts[i], '->', r.ok ? r.value : `FAILED: ${r.error}`));
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} done, ${failed} failed`, failed ? '(send those again later)' : '');
