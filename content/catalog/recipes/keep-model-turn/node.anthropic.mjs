// Send Claude's turn back as it came: with extended thinking, its thinking blocks and their signatures go back too.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';
const client = new Anthropic(); // ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL

const getWeather = ({ city = '' } = {}) => `${city}: rain`; // your tool
const tools = [
  {
    name: 'get_weather',
    description: "Today's forecast for a city",
    input_schema: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  },
];
const messages = [{ role: 'user', content: 'Do I need an umbrella in Paris today?' }];
let reply;
try {
  for (let round = 0; round < 5; round++) {
    reply = await client.messages.create({ model: MODEL, max_tokens: 2048, tools, messages });
    // reply.content unchanged: thinking blocks keep their signature, in their place before the tool_use blocks.
    messages.push({ role: 'assistant', content: reply.content });
    const uses = reply.content.filter((block) => block.type === 'tool_use');
    if (uses.length === 0) break;
    messages.push({ role: 'user', content: uses.map((u) => ({ type: 'tool_result', tool_use_id: u.id, content: getWeather(u.input) })) });
  }
  console.log(reply.content.filter((block) => block.type === 'text').map((block) => block.text).join(''));
} catch (err) {
  if (!(err instanceof Anthropic.BadRequestError)) throw err;
  console.error(`HTTP ${err.status}: ${err.message}`);
  process.exitCode = 1;
}
