// Vercel AI SDK: generateText retries 429s twice by default; a billing 429 never clears, so stop on it instead.
import { createOpenAI } from '@ai-sdk/openai';
import { APICallError, generateText } from 'ai';

const MODEL = 'gpt-4.1-mini';
const BILLING = /insufficient_quota|credit_balance_exhausted|billing_not_active|insufficient balance|insufficient credits|insufficient_user_quota|额度/i;
const openai = createOpenAI(); // OPENAI_API_KEY, OPENAI_BASE_URL

try {
  // .chat(): chat completions, which relays, DeepSeek and OpenRouter serve (the default model uses the Responses API)
  const { text } = await generateText({ model: openai.chat(MODEL), prompt: 'ping', maxOutputTokens: 16, maxRetries: 0 });
  console.log('the key works:', text);
} catch (err) {
  if (!APICallError.isInstance(err) || !(err.statusCode === 402 || BILLING.test(`${err.message} ${err.responseBody}`))) throw err;
  console.error(`Out of credit (HTTP ${err.statusCode}): top up with the provider or relay that issued the key, then run this again.`);
  process.exit(1);
}
