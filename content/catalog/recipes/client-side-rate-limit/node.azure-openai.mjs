// Pace Azure OpenAI requests below the deployment's quota; pause when the API reports an empty budget.
import { AzureOpenAI } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini';
const REQUESTS_PER_MINUTE = 50; // a little below the deployment's RPM quota
// AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION
const client = new AzureOpenAI({ deployment: DEPLOYMENT });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Each caller books the next free slot before waiting, so parallel callers are spaced out too.
let nextAt = 0;
async function pace() {
  const now = Date.now();
  const at = Math.max(now, nextAt);
  nextAt = at + 60_000 / REQUESTS_PER_MINUTE;
  await sleep(at - now);
}

// x-ratelimit-reset-* values are durations such as '1s', '6m0s' or '12ms'.
const UNIT_MS = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
const durationMs = (text) => [...(text ?? '').matchAll(/([\d.]+)(ms|h|m|s)/g)]
  .reduce((sum, [, n, unit]) => sum + Number(n) * UNIT_MS[unit], 0);

for (const prompt of ['first', 'second', 'third']) {
  await pace();
  const { data, response } = await client.chat.completions
    .create({ model: DEPLOYMENT, messages: [{ role: 'user', content: prompt }] })
    .withResponse();
  const h = response.headers;
  console.log(data.choices[0].message.content, '| requests left:', h.get('x-ratelimit-remaining-requests'),
    '| tokens left:', h.get('x-ratelimit-remaining-tokens'));
  for (const kind of ['requests', 'tokens']) {
    // budget used up: wait for the window to reset
    if (h.get(`x-ratelimit-remaining-${kind}`) === '0') {
      await sleep(durationMs(h.get(`x-ratelimit-reset-${kind}`)));
    }
  }
}
