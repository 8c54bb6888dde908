// Tell OpenAI's region block apart from other errors, so it is not retried or mistaken for a key problem.
import OpenAI from 'openai';

const MODEL = 'gpt-4.1-mini';
const client = new OpenAI();

try {
  const reply = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'Say pong' }] });
  console.log(reply.choices[0].message.content);
} catch (err) {
  if (!(err instanceof OpenAI.PermissionDeniedError && err.code === 'unsupported_country_region_territory')) throw err;
  // Final: the request left the network in a place OpenAI does not serve. Retrying changes nothing.
  console.error('Region block (403 unsupported_country_region_territory): run this code from a supported country or region, or check where your proxy, VPN or server exits.');
  process.exitCode = 1;
}
