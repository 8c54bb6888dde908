// Send the request to the next route when one is down, overloaded, rate-limited or out of credit.
import OpenAI from 'openai';

const MODEL = 'gpt-4.1-mini';
const FALLBACK_MODEL = 'gpt-4.1-nano';
// OPENAI_API_KEY, OPENAI_BASE_URL; no retries, so a failure moves on to the next route at once
const primary = new OpenAI({ maxRetries: 0 });
const routes = [{ client: primary, model: MODEL }, { client: primary, model: FALLBACK_MODEL }];
if (process.env.BACKUP_BASE_URL) {
  // optional second provider: any OpenAI-compatible base URL ending in /v1
  const { BACKUP_BASE_URL: baseURL, BACKUP_API_KEY: apiKey } = process.env;
  const backup = new OpenAI({ baseURL, apiKey, maxRetries: 1 });
  routes.push({ client: backup, model: process.env.BACKUP_MODEL });
}

async function complete(messages) {
  for (const [i, { client, model }] of routes.entries()) {
    try {
      return await client.chat.completions.create({ model, messages }, { timeout: 120_000 });
    } catch (err) {
      const last = i === routes.length - 1;
      // a malformed request (400, 413, 422) fails on every route; anything else may work elsewhere
      if (!(err instanceof OpenAI.APIError) || [400, 413, 422].includes(err.status) || last) throw err;
      console.error(`${model} at ${client.baseURL}: ${err.status ?? err.message}, trying the next route`);
    }
  }
}

const reply = await complete([{ role: 'user', content: 'ping' }]);
console.log(reply.model, '->', reply.choices[0].message.content);
