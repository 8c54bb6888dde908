// Read the balance where the provider has an API for it, then make one test call that stops on a billing error.
import OpenAI from 'openai';

const MODEL = 'gpt-4.1-mini';
// Codes and texts, never the bare word "billing" (rate-limit messages mention it too).
const BILLING = /insufficient_quota|credit_balance_exhausted|billing_not_active|insufficient balance|insufficient credits|insufficient_user_quota|额度/i;
const TOP_UP = {
  'api.openai.com': 'https://platform.openai.com/settings/organization/billing/overview',
  'api.deepseek.com': 'https://platform.deepseek.com/top_up',
  'openrouter.ai': 'https://openrouter.ai/settings/credits',
};
const client = new OpenAI({ maxRetries: 0 }); // OPENAI_API_KEY, OPENAI_BASE_URL; a billing 429 is not worth retrying
const host = new URL(client.baseURL).hostname;

try { // balance endpoints that accept an ordinary API key
  if (host === 'api.deepseek.com') console.log(await client.get(`https://${host}/user/balance`)); // is_available, balance_infos
  else if (host === 'openrouter.ai') console.log(await client.get('/key')); // data.limit_remaining, data.usage of this key
  else if (host !== 'api.openai.com') { // one-api / new-api relay, in the relay's display unit
    const { hard_limit_usd: total } = await client.get('/dashboard/billing/subscription');
    const { total_usage: used = 0 } = await client.get('/dashboard/billing/usage');
    console.log(`relay quota: ${total} in total, ${used / 100} used`);
  }
} catch (err) {
  if (!(err instanceof OpenAI.APIError)) throw err;
  console.log(`no balance from this endpoint (HTTP ${err.status})`);
}

try {
  const reply = await client.chat.completions.create({ model: MODEL, max_tokens: 5, messages: [{ role: 'user', content: 'ping' }] });
  console.log('the key works:', reply.choices[0].message.content);
} catch (err) {
  if (!(err instanceof OpenAI.APIError) || !(err.status === 402 || BILLING.test(`${err.code} ${err.type} ${err.message}`))) throw err;
  console.error(`Out of credit (HTTP ${err.status}): top up at ${TOP_UP[host] ?? "the relay's 充值 / 兑换码 page, or ask its admin"}, then run this again.`);
  process.exit(1);
}
