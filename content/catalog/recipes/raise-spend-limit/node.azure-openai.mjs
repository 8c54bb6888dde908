// Azure OpenAI: show the deployment's remaining quota, and tell a burst from a quota that needs raising.
import { AzureOpenAI, RateLimitError } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini'; // your deployment name
const client = new AzureOpenAI({ maxRetries: 0 }); // AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION

try {
  const { data, response } = await client.chat.completions
    .create({ model: DEPLOYMENT, max_tokens: 5, messages: [{ role: 'user', content: 'ping' }] })
    .withResponse();
  for (const name of ['x-ratelimit-remaining-requests', 'x-ratelimit-remaining-tokens']) {
    console.log(`${name}:`, response.headers.get(name) ?? '(not sent)');
  }
  console.log(data.choices[0].message.content);
} catch (err) {
  const wait = /retry after (\d+) second/.exec(err?.message ?? '');
  if (!(err instanceof RateLimitError) || !wait || Number(wait[1]) < 3600) throw err; // a burst: wait and retry
  console.error(`Quota exhausted for ${wait[1]} s: raise the deployment's tokens-per-minute allocation or request more quota (https://aka.ms/oai/quotaincrease).`);
  process.exit(1);
}
