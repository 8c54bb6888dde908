// Stream a long Azure OpenAI answer: bytes flow while it is generated.
import { AzureOpenAI } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini';

// baseURL: null keeps OPENAI_BASE_URL from replacing AZURE_OPENAI_ENDPOINT
const client = new AzureOpenAI({ baseURL: null, endpoint: process.env.AZURE_OPENAI_ENDPOINT });
const stream = await client.chat.completions.create({
  model: DEPLOYMENT,
  messages: [{ role: 'user', content: 'Write a long report' }],
  stream: true,
});
for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? ''); // some chunks carry no text
console.log();
