// Vercel AI SDK: retry before the stream starts (maxRetries), after an error event (streamRetries),
// and start again when the connection is cut mid-answer (the loop below).
import { streamText, APICallError } from 'ai';
import { openai } from '@ai-sdk/openai'; // or anthropic() from @ai-sdk/anthropic, google() from @ai-sdk/google

const MODEL = 'gpt-4.1-mini'; // OPENAI_API_KEY, OPENAI_BASE_URL

async function streamOnce(prompt) {
  const result = streamText({
    model: openai.chat(MODEL), // Chat Completions, which OpenAI-compatible relays also serve
    prompt,
    maxRetries: 2, // before any output: 408, 409, 429, 5xx and network errors
    streamRetries: 2, // an error event from the provider mid-stream reruns the step (AI SDK 7)
    onError: ({ error }) => console.error(`\n[stream error: ${error?.message ?? error}]`),
  });
  let text = '';
  for await (const part of result.fullStream) {
    if (part.type === 'text-delta') {
      text += part.text;
      process.stdout.write(part.text);
    }
    if (part.type === 'error') throw part.error; // the stream retries are used up
  }
  return text;
}

for (let attempt = 1; ; attempt++) {
  try {
    const text = await streamOnce('Write a haiku about retries');
    console.log(`\n(${text.length} characters)`);
    break;
  } catch (err) {
    // a connection cut mid-body is thrown as a retryable APICallError, not sent as an error event
    if (!APICallError.isInstance(err) || !err.isRetryable || attempt === 3) throw err;
    console.error(`\n[stream failed: ${err.message}; starting the answer again]`);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000 * 2 ** attempt));
  }
}
