// Give slow calls more time, and stream: Node's fetch waits at most 300 s for response headers.
import OpenAI, { APIConnectionTimeoutError } from 'openai';

const MODEL = 'gpt-4.1-mini';

// timeout (ms, default 600000) bounds the wait for the response headers. A non-streamed answer sends
// its headers only when it is complete, and undici, behind Node's fetch, gives up after 300 s anyway.
// A stream sends headers at once, so a long answer is no longer cut off.
const client = new OpenAI({ timeout: 15 * 60 * 1000, maxRetries: 1 });

try {
  const stream = await client.chat.completions.create({
    model: MODEL,
    messages: [{ role: 'user', content: 'Write a long report' }],
    stream: true,
  });
  for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? '');
  console.log();
} catch (err) {
  if (!(err instanceof APIConnectionTimeoutError)) throw err;
  console.error(err.message); // "...Node.js fetch timed out waiting for response headers..." = undici's 300 s limit
  process.exitCode = 1;
}
