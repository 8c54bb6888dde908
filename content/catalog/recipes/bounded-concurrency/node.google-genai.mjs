// Run a batch with at most LIMIT requests in flight; failures are collected, not fatal.
import { GoogleGenAI } from '@google/genai';

const MODEL = 'gemini-2.5-flash';
const LIMIT = 4; // requests in flight at once; keep it well under your RPM limit
// GEMINI_API_KEY. @google/genai does not retry by default: let it retry 408/429/5xx inside a slot.
const ai = new GoogleGenAI({ httpOptions: { retryOptions: { attempts: 5 } } });

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
  const response = await ai.models.generateContent({ model: MODEL, contents: prompt });
  return response.text;
});
results.forEach((r, i) => console.log(prompts[i], '->', r.ok ? r.value : `FAILED: ${r.error}`));
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} done, ${failed} failed`, failed ? '(send those again later)' : '');
