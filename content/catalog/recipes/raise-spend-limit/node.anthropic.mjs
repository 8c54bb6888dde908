// Show the rate limits your key runs under, and tell a spend limit (fixed in the Console) from a rate limit.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-haiku-4-5';
const client = new Anthropic({ maxRetries: 0 }); // ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL; a spend cap does not clear soon

try {
  const { data, response } = await client.messages
    .create({ model: MODEL, max_tokens: 5, messages: [{ role: 'user', content: 'ping' }] })
    .withResponse();
  for (const name of ['requests-limit', 'input-tokens-limit', 'output-tokens-limit', 'tokens-remaining']) {
    console.log(`anthropic-ratelimit-${name}:`, response.headers.get(`anthropic-ratelimit-${name}`) ?? '(not sent)');
  }
  console.log(data.content[0].text);
} catch (err) {
  if (!(err instanceof Anthropic.RateLimitError || err instanceof Anthropic.BadRequestError)) throw err;
  const message = err.apiMessage ?? '';
  if (err.errorCode === 'enforced_spend_limit_reached') {
    console.error("The usage tier's monthly spend cap: reach the next tier (buy credits) or ask Anthropic for an increase; otherwise it resets on the 1st of next month (UTC).");
  } else if (/specified API usage limits/.test(message)) {
    console.error(`A spend limit set in the Console (Settings > Limits): raise or remove it. ${message}`);
  } else if (/Extra usage is required/.test(message)) {
    console.error('Long-context requests need extra usage enabled on the account, or a shorter request.');
  } else throw err; // an ordinary rate limit: wait retry-after seconds and retry
  process.exit(1);
}
