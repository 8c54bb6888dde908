// Pace Gemini requests below your per-minute limits (RPM and TPM), counting tokens before sending.
import { GoogleGenAI } from '@google/genai';

const MODEL = 'gemini-2.5-flash';
const REQUESTS_PER_MINUTE = 9; // a little below the model's RPM limit on your tier (free tiers are low)
const TOKENS_PER_MINUTE = 200_000; // a little below its TPM limit
// GEMINI_API_KEY. Pacing does not replace retries: let the SDK retry an occasional 429 or 5xx.
const ai = new GoogleGenAI({ httpOptions: { retryOptions: { attempts: 3 } } });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Each caller books the next free slot before waiting, so parallel callers are spaced out too.
let nextAt = 0;
async function pace(tokens) {
  const now = Date.now();
  const at = Math.max(now, nextAt);
  nextAt = at + Math.max(60_000 / REQUESTS_PER_MINUTE, (60_000 * tokens) / TOKENS_PER_MINUTE);
  await sleep(at - now);
}

for (const prompt of ['first', 'second', 'third']) {
  const { totalTokens } = await ai.models.countTokens({ model: MODEL, contents: prompt });
  await pace(totalTokens);
  const response = await ai.models.generateContent({ model: MODEL, contents: prompt });
  console.log(response.text, '| prompt tokens:', totalTokens);
}
