// Pace requests below your per-minute limit and pause when the API reports an empty budget.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';
const REQUESTS_PER_MINUTE = 40; // a little below the RPM limit of your usage tier
const client = new Anthropic(); // ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Each caller books the next free slot before waiting, so parallel callers are spaced out too.
let nextAt = 0;
async function pace() {
  const now = Date.now();
  const at = Math.max(now, nextAt);
  nextAt = at + 60_000 / REQUESTS_PER_MINUTE;
  await sleep(at - now);
}

for (const prompt of ['first', 'second', 'third']) {
  await pace();
  const { data, response } = await client.messages
    .create({ model: MODEL, max_tokens: 256, messages: [{ role: 'user', content: prompt }] })
    .withResponse();
  const h = response.headers;
  console.log(data.content[0].text, '| requests left:', h.get('anthropic-ratelimit-requests-remaining'),
    '| tokens left:', h.get('anthropic-ratelimit-tokens-remaining'));
  for (const kind of ['requests', 'tokens']) {
    const reset = h.get(`anthropic-ratelimit-${kind}-reset`); // RFC 3339 time, e.g. 2026-12-02T08:00:30Z
    if (h.get(`anthropic-ratelimit-${kind}-remaining`) === '0' && reset) {
      await sleep(Math.max(0, Date.parse(reset) - Date.now()));
    }
  }
}
