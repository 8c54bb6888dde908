// one-api / new-api: ask the relay about your token, and map its message to the setting on the 令牌 page.
import OpenAI from 'openai';

const FIXES = [ // the relay's message -> what to change on the relay's 令牌 page
  [/已过期/, 'the token expired: extend 过期时间 (or never expire) and enable it again, or create a new token'],
  [/额度已用尽/, "the token's own quota is used up: raise its 额度 or tick 无限额度, then enable it again"],
  [/状态不可用/, 'the token is disabled: enable it'],
  [/无权(使用|访问)(任何)?模型/, "the token's 模型限制 does not include this model: add it or turn the restriction off"],
  [/分组/, "the token's group (分组) is not available to your account: pick another group for the token"],
  [/不在令牌允许访问的列表|指定网段/, "the token's IP allowlist excludes this machine's address"],
  [/用户额度不足/, 'the account balance is low (not the token): top up or redeem a code; a smaller max_tokens lowers the pre-charge'],
  [/未提供令牌/, 'no token reached the relay: send it as Authorization: Bearer sk-...'],
  [/指定渠道/, 'remove the -<number> channel suffix from the token'],
  [/无效的令牌/, "not a token of this relay (typo, deleted, another site's key); recent new-api says this for expired, used-up or disabled tokens too"],
];
const client = new OpenAI({ maxRetries: 0 }); // OPENAI_API_KEY = the relay token, OPENAI_BASE_URL = https://<relay>/v1

try {
  const models = [];
  for await (const m of client.models.list()) models.push(m.id);
  console.log('models this token may call:', models.sort());
  const { hard_limit_usd: total = 0 } = await client.get('/dashboard/billing/subscription');
  const { total_usage: used = 0 } = await client.get('/dashboard/billing/usage');
  console.log(`quota left: ${(total - used / 100).toFixed(2)} of ${total} in the relay's display unit (100000000 means unlimited)`);
} catch (err) {
  if (!(err instanceof OpenAI.APIError) || !err.status) throw err;
  console.error(FIXES.find(([pattern]) => pattern.test(err.message))?.[1] ?? err.message);
  // new-api's read-only token usage answers even for expired or used-up tokens: expires_at, total_available, model_limits
  const root = client.baseURL.replace(/\/+$/, '').replace(/\/v1$/, '');
  const usage = await fetch(`${root}/api/usage/token/`, { headers: { Authorization: `Bearer ${client.apiKey}` } }).catch((e) => e);
  console.error(usage.ok ? (await usage.json()).data : `this relay has no token usage endpoint (one-api, older new-api): ${usage.status ?? usage.message}`);
  process.exit(1);
}
