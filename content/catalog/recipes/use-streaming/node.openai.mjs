// Stream a long answer: bytes flow while it is generated, so timeouts and idle proxies do not cut it.
import OpenAI from 'openai';

const MODEL = 'gpt-4.1-mini';

const client = new OpenAI(); // OpenAI, DeepSeek, OpenRouter or a relay via OPENAI_BASE_URL
const stream = await client.chat.completions.create({
  model: MODEL,
  messages: [{ role: 'user', content: 'Write a long report' }],
  stream: true,
});
for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? '');
console.log();
