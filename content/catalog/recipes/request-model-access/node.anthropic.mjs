// Say why the key may not use a model, and list the models it can use instead.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6'; // exact ids only: informal names such as "sonnet4" are 404
const client = new Anthropic(); // ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL

try {
  const reply = await client.messages.create({ model: MODEL, max_tokens: 64, messages: [{ role: 'user', content: 'ping' }] });
  console.log(reply.content[0].text);
} catch (err) {
  if (!(err instanceof Anthropic.PermissionDeniedError || err instanceof Anthropic.NotFoundError)) throw err;
  const available = [];
  for await (const m of client.models.list()) available.push(m.id); // the models this key's organization can use
  console.error(`HTTP ${err.status} ${err.type}: ${err.apiMessage} (request id ${err.requestID})`);
  console.error(`${MODEL} ${available.includes(MODEL) ? 'is' : 'is not'} available to this key. Check the organization's and workspace's model access in the Console, or use one of: ${available.join(', ')}`);
  process.exit(1);
}
