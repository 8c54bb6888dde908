// Retry Gemini API failures with capped, jittered backoff, honouring the server's RetryInfo delay.
import { GoogleGenAI, ApiError } from '@google/genai';

const MODEL = 'gemini-2.5-flash';
const ai = new GoogleGenAI({}); // GEMINI_API_KEY; the SDK does not retry unless httpOptions.retryOptions is set
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ApiError.message is the JSON error body; RetryInfo.retryDelay looks like "37s".
function retryDelayMs(err) {
  try {
    const details = JSON.parse(err.message).error?.details ?? [];
    const info = details.find((d) => String(d['@type']).endsWith('google.rpc.RetryInfo'));
    return info ? Number.parseFloat(info.retryDelay) * 1000 : null;
  } catch {
    return null;
  }
}

async function withRetry(fn, { attempts = 6, baseMs = 1000, capMs = 60_000 } = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const network = err instanceof TypeError && /fetch failed|terminated/i.test(err.message);
      const status = err instanceof ApiError ? err.status : undefined;
      const transient = network || [408, 429, 500, 502, 503, 504].includes(status);
      // "limit: 0" in a 429 means the key has no quota for this model at all.
      if (!transient || /limit: 0\b/.test(err.message) || attempt === attempts - 1) throw err;
      const backoffMs = Math.random() * Math.min(capMs, baseMs * 2 ** attempt);
      const waitMs = (status === 429 && retryDelayMs(err)) || backoffMs;
      if (waitMs > capMs) throw err; // daily quota or a long window: waiting here does not help
      console.error(`${status ?? err.message}, retrying in ${(waitMs / 1000).toFixed(1)}s`);
      await sleep(waitMs);
    }
  }
}

const response = await withRetry(() => ai.models.generateContent({ model: MODEL, contents: 'ping' }));
console.log(response.text);
