// Retry transient Azure OpenAI failures with capped, jittered exponential backoff.
import { AzureOpenAI, APIError, APIUserAbortError } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini';
// AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION; withRetry() does the retrying
const client = new AzureOpenAI({ deployment: DEPLOYMENT, maxRetries: 0 });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function serverWaitMs(headers) {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms)) return ms;
  const seconds = Number.parseFloat(headers?.get('retry-after') ?? '');
  return Number.isFinite(seconds) ? seconds * 1000 : null;
}

async function withRetry(fn, { attempts = 6, baseMs = 1000, capMs = 60_000 } = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!(err instanceof APIError) || err instanceof APIUserAbortError) throw err;
      const status = err.status; // undefined: network failure or timeout (APIConnectionError)
      const transient = status === undefined || [408, 409, 429].includes(status) || status >= 500;
      if (!transient || attempt === attempts - 1) throw err;
      const waitMs = serverWaitMs(err.headers) ?? Math.random() * Math.min(capMs, baseMs * 2 ** attempt);
      if (waitMs > capMs) throw err; // a longer pause than this script is willing to wait
      console.error(`${err.constructor.name}: ${err.message} - retrying in ${(waitMs / 1000).toFixed(1)}s`);
      await sleep(waitMs);
    }
  }
}

const reply = await withRetry(() =>
  client.chat.completions.create({ model: DEPLOYMENT, messages: [{ role: 'user', content: 'ping' }] }),
);
console.log(reply.choices[0].message.content);
