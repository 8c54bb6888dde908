// Check that the Anthropic key (or gateway token) and ANTHROPIC_BASE_URL belong together.
import Anthropic, { AuthenticationError, NotFoundError } from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';

// Reads ANTHROPIC_API_KEY (or ANTHROPIC_AUTH_TOKEN) and ANTHROPIC_BASE_URL (default https://api.anthropic.com).
// @anthropic-ai/sdk 1.x sends either one as "Authorization: Bearer <key>".
const client = new Anthropic();
// A gateway that only reads "x-api-key" answers 401 to that; send the header yourself instead:
// new Anthropic({ apiKey: null, defaultHeaders: { 'x-api-key': key, Authorization: null } })
if (/\/v1\/?$/.test(client.baseURL)) console.warn('warning: ANTHROPIC_BASE_URL ends in /v1; the SDK adds /v1/messages itself');
console.log('base URL:', client.baseURL);

try {
  const reply = await client.messages.create({ model: MODEL, max_tokens: 16, messages: [{ role: 'user', content: 'ping' }] });
  console.log('key and base URL match:', reply.content[0].text);
} catch (err) {
  if (err instanceof AuthenticationError) console.error(`401: this endpoint does not accept this credential or this header. ${err.message}`);
  else if (err instanceof NotFoundError) console.error(`404: wrong base URL path or model id. ${err.message}`);
  else throw err;
  process.exitCode = 1;
}
