// Turn the address in ANTHROPIC_BASE_URL into the base @anthropic-ai/sdk needs, then check it.
import Anthropic, { NotFoundError } from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';

// No /v1 and no endpoint (the SDK appends /v1/messages); a relay's own prefix such as /api stays.
const anthropicBase = (url) => url.trim().replace(/\/+$/, '').replace(/(\/v1)?(\/messages)?$/, '');

const pasted = process.env.ANTHROPIC_BASE_URL ?? 'https://api.anthropic.com';
const base = anthropicBase(pasted);
if (base !== pasted.replace(/\/+$/, '')) console.log(`set ANTHROPIC_BASE_URL=${base}  (was ${pasted})`);
console.log('requests go to', `${base}/v1/messages`);

try {
  const reply = await new Anthropic({ baseURL: base }).messages.create({
    model: MODEL,
    max_tokens: 16,
    messages: [{ role: 'user', content: 'ping' }],
  });
  console.log('path OK:', reply.content[0].text);
} catch (err) {
  if (!(err instanceof NotFoundError)) throw err;
  console.error(`404: no Messages API at ${base}; a relay may need its path prefix (e.g. /api). ${err.message.slice(0, 200)}`);
  process.exitCode = 1;
}
