// Retry transient API failures with capped, jittered exponential backoff (openai SDK).
import OpenAI from 'openai';

const MODEL = 'gpt-4.1-mini';
// Quota and billing errors also arrive as HTTP 429, but waiting never clears them.
const NO_RETRY = ['insufficient_quota', 'credit_balance_exhausted', 'billing_not_active',
  'organization_spend_limit_exceeded', 'project_spend_limit_exceeded'];
const client = new OpenAI({ maxRetries: 0 }); // OPENAI_API_KEY, OPENAI_BASE_URL; withRetry() retries
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
      if (!(err instanceof OpenAI.APIError) || err instanceof OpenAI.APIUserAbortError) throw err;
      const status = err.status; // undefined: network failure or timeout (APIConnectionError)
      const transient = status === undefined || [408, 409, 429].includes(status) || status >= 500;
      const quota = NO_RETRY.includes(err.code) || NO_RETRY.includes(err.type);
      if (!transient || quota || attempt === attempts - 1) throw err;
      const waitMs = serverWaitMs(err.headers) ?? Math.random() * Math.min(capMs, baseMs * 2 ** attempt);
      if (waitMs > capMs) throw err; // a longer pause than this script is willing to wait
      console.error(`${err.constructor.name}: ${err.message} - retrying in ${(waitMs / 1000).toFixed(1)}s`);
      await sleep(waitMs);
    }
  }
}

const reply = await withRetry(() =>
  client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'ping' }] }),
);
console.log(reply.choices[0].message.content);
