// Send the assistant message back whole: DeepSeek and Kimi check its reasoning_content, Gemini its thought signatures.
import OpenAI from 'openai';

const MODEL = 'deepseek-v4-pro'; // or a Kimi or Gemini model on its OpenAI-compatible address
const client = new OpenAI(); // OPENAI_API_KEY, OPENAI_BASE_URL

const getWeather = ({ city = '' } = {}) => ({ city, forecast: 'rain' }); // your tool
const tools = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: "Today's forecast for a city",
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
];
const messages = [{ role: 'user', content: 'Do I need an umbrella in Paris today?' }];
let message;
try {
  for (let round = 0; round < 5; round++) {
    message = (await client.chat.completions.create({ model: MODEL, messages, tools })).choices[0].message;
    // The object as parsed, with the fields the SDK's types do not declare: reasoning_content (DeepSeek, Kimi) and
    // each tool call's extra_content (Gemini's thought_signature). { role, content, tool_calls } alone drops them.
    messages.push(message);
    if (!message.tool_calls?.length) break;
    for (const call of message.tool_calls) {
      const result = getWeather(JSON.parse(call.function.arguments || '{}'));
      messages.push({ role: 'tool', tool_call_id: call.id, content: JSON.stringify(result) });
    }
  }
  console.log(message?.content);
} catch (err) {
  if (!(err instanceof OpenAI.BadRequestError)) throw err;
  console.error(`HTTP ${err.status}: ${err.message}`);
  process.exitCode = 1;
}
