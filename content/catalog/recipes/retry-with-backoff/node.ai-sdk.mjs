// Vercel AI SDK: generateText retries by itself; raise maxRetries and tell a final failure apart.
import { generateText, RetryError, APICallError } from 'ai';
import { openai } from '@ai-sdk/openai'; // or anthropic() from @ai-sdk/anthropic, google() from @ai-sdk/google

const MODEL = 'gpt-4.1-mini'; // OPENAI_API_KEY, OPENAI_BASE_URL

try {
  // maxRetries (default 2) covers 408, 409, 429, 5xx and network errors; the first wait is 2 s, then
  // doubles; a retry-after(-ms) header is used when it asks for less than 60 s.
  const { text } = await generateText({ model: openai(MODEL), prompt: 'ping', maxRetries: 5 });
  console.log(text);
} catch (err) {
  // After the last attempt: RetryError ("Failed after 6 attempts. Last error: ...").
  const last = RetryError.isInstance(err) ? err.lastError : err;
  if (APICallError.isInstance(last)) console.error(`HTTP ${last.statusCode}: ${last.responseBody}`);
  throw err;
}
