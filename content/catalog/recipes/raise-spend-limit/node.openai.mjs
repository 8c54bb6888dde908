// Show the rate limits your key runs under, and tell a spend or usage cap (fixed in the console) from a rate limit.
import OpenAI from 'openai';

const MODEL = 'gpt-4.1-mini';
const LIMITS_PAGE = 'https://platform.openai.com/settings/organization/limits';
const CAPS = { // err.code -> what to change; err.type may just say insufficient_quota
  organization_usage_limit_exceeded: "the organization's approved monthly usage limit: request an increase",
  organization_spend_limit_exceeded: "the organization's hard spend limit: raise or remove it, or wait for the reset",
  project_spend_limit_exceeded: "the project's hard spend limit: raise it in the project's Limits settings",
  credit_balance_exhausted: 'no prepaid credit left: add credits on the Billing page',
  insufficient_quota: 'no usable credit or a billing limit: check Billing and Limits',
};
const client = new OpenAI({ maxRetries: 0 }); // OPENAI_API_KEY, OPENAI_BASE_URL; a cap does not clear within seconds

try {
  const { data, response } = await client.chat.completions
    .create({ model: MODEL, max_tokens: 5, messages: [{ role: 'user', content: 'ping' }] })
    .withResponse();
  for (const name of ['limit-requests', 'limit-tokens', 'remaining-requests', 'remaining-tokens']) {
    console.log(`x-ratelimit-${name}:`, response.headers.get(`x-ratelimit-${name}`) ?? '(not sent)');
  }
  console.log(data.choices[0].message.content);
} catch (err) {
  if (!(err instanceof OpenAI.RateLimitError)) throw err;
  if (CAPS[err.code]) console.error(`${err.code}: ${CAPS[err.code]} (${LIMITS_PAGE})`);
  else if (/Request too large/.test(err.message)) console.error('This single request exceeds your TPM limit: shrink it, or reach a higher usage tier.');
  else throw err; // an ordinary rate limit: wait as long as it says and retry with backoff
  process.exit(1);
}
