// The Vercel AI SDK has no timeout of its own unless you set one; streaming avoids undici's 300 s header limit.
import { streamText } from 'ai';
import { createOpenAI } from '@ai-sdk/openai';

const MODEL = 'gpt-4.1-mini';

const openai = createOpenAI(); // OPENAI_API_KEY, OPENAI_BASE_URL (a relay works too)

const result = streamText({
  model: openai.chat(MODEL),
  prompt: 'Write a long report',
  // whole call at most 30 min; abort if the model goes silent for 5 min between chunks
  timeout: { totalMs: 30 * 60 * 1000, chunkMs: 5 * 60 * 1000 },
  maxRetries: 1, // default 2: a failed call is sent up to three times
});
for await (const text of result.textStream) process.stdout.write(text);
console.log();
