// Retry transient API failures with capped, jittered exponential backoff (@anthropic-ai/sdk).
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';
const client = new Anthropic({ maxRetries: 0 }); // ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL; withRetry() retries
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
      if (!(err instanceof Anthropic.APIError) || err instanceof Anthropic.APIUserAbortError) throw err;
      const status = err.status; // undefined: network failure or timeout (APIConnectionError)
      // 529 (OverloadedError) counts as >= 500
      const transient = status === undefined || [408, 409, 429].includes(status) || status >= 500;
      // A spend limit is also a 429; error.details.error_code tells it apart.
      if (!transient || err.errorCode === 'enforced_spend_limit_reached' || attempt === attempts - 1) throw err;
      const waitMs = serverWaitMs(err.headers) ?? Math.random() * Math.min(capMs, baseMs * 2 ** attempt);
      if (waitMs > capMs) throw err; // a longer pause than this script is willing to wait
      console.error(`${err.constructor.name}: ${err.message} - retrying in ${(waitMs / 1000).toFixed(1)}s`);
      await sleep(waitMs);
    }
  }
}

const message = await withRetry(() =>
  client.messages.create({ model: MODEL, max_tokens: 256, messages: [{ role: 'user', content: 'ping' }] }),
);
console.log(message.content[0].text);
