// A relay reached through the Anthropic SDK (as Claude Code does): map the relay's token message to the setting.
import Anthropic from '@anthropic-ai/sdk';

const FIXES = [ // the relay's message -> what to change on the relay's 令牌 page
  [/已过期/, 'the token expired: extend 过期时间 (or never expire) and enable it again, or create a new token'],
  [/额度已用尽/, "the token's own quota is used up: raise its 额度 or tick 无限额度, then enable it again"],
  [/状态不可用/, 'the token is disabled: enable it'],
  [/无权(使用|访问)(任何)?模型/, "the token's 模型限制 does not include this model: add it or turn the restriction off"],
  [/用户额度不足/, 'the account balance is low (not the token): top up or redeem a code'],
  [/未提供令牌/, 'the relay did not find the token: it must arrive as Authorization: Bearer or x-api-key'],
  [/无效的令牌/, 'not a token of this relay; recent new-api says this for expired, used-up or disabled tokens too'],
];
// ANTHROPIC_BASE_URL = https://<relay> (no /v1); the token in ANTHROPIC_API_KEY or ANTHROPIC_AUTH_TOKEN (both sent as Bearer by SDK 1.x)
const client = new Anthropic({ maxRetries: 0 });

try {
  const models = [];
  for await (const m of client.models.list()) models.push(m.id);
  console.log('models this token may call:', models);
} catch (err) {
  if (!(err instanceof Anthropic.APIError) || !err.status) throw err;
  console.error(FIXES.find(([pattern]) => pattern.test(err.message))?.[1] ?? err.message);
  process.exit(1);
}
