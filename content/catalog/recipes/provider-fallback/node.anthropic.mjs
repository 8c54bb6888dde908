// Send the request to the next route when one is down, overloaded, rate-limited or out of credit.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';
const FALLBACK_MODEL = 'claude-haiku-4-5';
// ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL; no retries, so a failure moves on to the next route at once
const primary = new Anthropic({ maxRetries: 0 });
const routes = [{ client: primary, model: MODEL }, { client: primary, model: FALLBACK_MODEL }];
if (process.env.BACKUP_BASE_URL) {
  // optional Anthropic-compatible gateway; its base URL has no /v1
  const { BACKUP_BASE_URL: baseURL, BACKUP_API_KEY: apiKey } = process.env;
  const backup = new Anthropic({ baseURL, apiKey, maxRetries: 1 });
  routes.push({ client: backup, model: process.env.BACKUP_MODEL ?? MODEL });
}

async function complete(messages) {
  for (const [i, { client, model }] of routes.entries()) {
    try {
      return await client.messages.create({ model, max_tokens: 1024, messages }, { timeout: 120_000 });
    } catch (err) {
      const last = i === routes.length - 1;
      // a malformed request (400, 413, 422) fails on every route; 429, 5xx and 529 may work elsewhere
      if (!(err instanceof Anthropic.APIError) || [400, 413, 422].includes(err.status) || last) throw err;
      console.error(`${model} at ${client.baseURL}: ${err.status ?? err.message}, trying the next route`);
    }
  }
}

const message = await complete([{ role: 'user', content: 'ping' }]);
console.log(message.model, '->', message.content[0].text);
