// Give slow Azure OpenAI calls more time, and stream: Node's fetch waits at most 300 s for headers.
import { AzureOpenAI } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini';

// timeout (ms, default 600000) bounds the wait for the response headers; undici, behind Node's fetch,
// gives up on headers after 300 s, so long answers must be streamed. baseURL: null keeps
// OPENAI_BASE_URL from replacing AZURE_OPENAI_ENDPOINT.
const client = new AzureOpenAI({ baseURL: null, endpoint: process.env.AZURE_OPENAI_ENDPOINT, timeout: 15 * 60 * 1000, maxRetries: 1 });

const stream = await client.chat.completions.create({
  model: DEPLOYMENT,
  messages: [{ role: 'user', content: 'Write a long report' }],
  stream: true,
});
for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? '');
console.log();
