// Send the request to another deployment or Azure resource when one is overloaded or unavailable.
import { AzureOpenAI, APIError } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini';
const FALLBACK_DEPLOYMENT = process.env.AZURE_OPENAI_FALLBACK_DEPLOYMENT ?? 'gpt-4.1-nano';
// AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION; no retries: fail over at once
const primary = new AzureOpenAI({ maxRetries: 0 });
const routes = [
  { client: primary, deployment: DEPLOYMENT },
  { client: primary, deployment: FALLBACK_DEPLOYMENT },
];
if (process.env.BACKUP_AZURE_OPENAI_ENDPOINT) {
  // optional resource in another region; an explicit baseURL keeps OPENAI_BASE_URL from taking over
  const baseURL = `${process.env.BACKUP_AZURE_OPENAI_ENDPOINT.replace(/\/+$/, '')}/openai`;
  const backup = new AzureOpenAI({ baseURL, apiKey: process.env.BACKUP_AZURE_OPENAI_API_KEY, maxRetries: 1 });
  routes.push({ client: backup, deployment: DEPLOYMENT });
}

async function complete(messages) {
  for (const [i, { client, deployment }] of routes.entries()) {
    try {
      return await client.chat.completions.create({ model: deployment, messages }, { timeout: 120_000 });
    } catch (err) {
      const last = i === routes.length - 1;
      // a malformed or filtered request (400, 413, 422) fails on every route
      if (!(err instanceof APIError) || [400, 413, 422].includes(err.status) || last) throw err;
      console.error(`${deployment}: ${err.status ?? err.message}, trying the next route`);
    }
  }
}

const reply = await complete([{ role: 'user', content: 'ping' }]);
console.log(reply.model, '->', reply.choices[0].message.content);
