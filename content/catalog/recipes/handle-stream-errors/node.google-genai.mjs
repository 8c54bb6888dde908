// Stream a Gemini answer; if the stream fails or breaks, start the answer again with backoff.
import { GoogleGenAI, ApiError } from '@google/genai';

const MODEL = 'gemini-2.5-flash';
const ai = new GoogleGenAI({}); // GEMINI_API_KEY
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function streamOnce(contents) {
  let text = '';
  for await (const chunk of await ai.models.generateContentStream({ model: MODEL, contents })) {
    text += chunk.text ?? '';
    process.stdout.write(chunk.text ?? '');
  }
  return text;
}

function retryable(err) {
  if (err instanceof ApiError) return [408, 429, 500, 502, 503, 504].includes(err.status);
  return err instanceof TypeError && /terminated|fetch failed/i.test(err.message); // network error or cut
}

async function streamWithRetry(contents, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await streamOnce(contents);
    } catch (err) {
      if (!retryable(err) || attempt >= attempts) throw err;
      console.error(`\n[stream failed: ${err.message}; starting the answer again]`);
      await sleep(Math.random() * 1000 * 2 ** attempt);
    }
  }
}

const answer = await streamWithRetry('Write a haiku about retries');
console.log(`\n(${answer.length} characters)`);
