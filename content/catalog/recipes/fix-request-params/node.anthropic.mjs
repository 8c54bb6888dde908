// Anthropic: a 400 message starts with the field it rejects. SDK 1.x sends anthropic-version 2026-10-21,
// which rejects temperature, top_p and top_k; code written for 2023-06-01 often still sends them.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';
const client = new Anthropic(); // ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL

const params = { model: MODEL, max_tokens: 1024, temperature: 0.2, messages: [{ role: 'user', content: 'ping' }] };
let reply;
try {
  reply = await client.messages.create(params);
} catch (err) {
  if (!(err instanceof Anthropic.BadRequestError)) throw err;
  const field = String(err.apiMessage ?? '').split(':')[0]; // "temperature", "max_tokens", "messages.7"...
  console.error(`rejected: ${field}\n${err.apiMessage ?? err.message}`);
  if (!['temperature', 'top_p', 'top_k'].includes(field)) process.exit(1); // fix that field or turn in your code
  delete params[field];
  reply = await client.messages.create(params);
}
console.log(reply.content[0].text);
