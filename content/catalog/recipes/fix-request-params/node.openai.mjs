// Read which field a 400/422 rejects, fix that field, send once more (OpenAI, DeepSeek, OpenRouter, relays).
import OpenAI from 'openai';

const MODEL = 'gpt-5-mini'; // reasoning models reject max_tokens
const client = new OpenAI(); // OPENAI_API_KEY, OPENAI_BASE_URL (the /v1 address of DeepSeek, OpenRouter or a relay)

const params = { model: MODEL, messages: [{ role: 'user', content: 'ping' }], max_tokens: 256 };
let reply;
try {
  reply = await client.chat.completions.create(params);
} catch (err) {
  if (!(err instanceof OpenAI.BadRequestError || err instanceof OpenAI.UnprocessableEntityError)) throw err;
  console.error(`HTTP ${err.status} param=${err.param} code=${err.code}: ${err.message}`);
  if (err.error?.metadata?.raw) console.error('provider error:', err.error.metadata.raw); // OpenRouter
  if (err.param !== 'max_tokens') process.exit(1); // change the field it names: the same body fails every time
  const { max_tokens, ...rest } = params;
  reply = await client.chat.completions.create({ ...rest, max_completion_tokens: max_tokens });
}
console.log(reply.choices[0].message.content);
