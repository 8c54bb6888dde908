// Gemini through the openai SDK: the key goes once, as Authorization: Bearer.
import OpenAI from 'openai';

const gemini = (process.env.GOOGLE_GEMINI_BASE_URL ?? 'https://generativelanguage.googleapis.com').replace(/\/+$/, '');
const client = new OpenAI({
  apiKey: process.env.GEMINI_API_KEY,
  baseURL: `${gemini}/v1beta/openai/`,
  // No defaultQuery: { key } and no defaultHeaders: { 'x-goog-api-key': … }: with the Bearer header that makes
  // two credentials, and Gemini answers 400 "Multiple authentication credentials received".
});
try {
  const page = await client.models.list(); // GET /v1beta/openai/models: no tokens used
  console.log('one credential, accepted; models:', page.data.slice(0, 3).map((m) => m.id));
} catch (err) {
  if (!(err instanceof OpenAI.BadRequestError)) throw err;
  console.error(`400: ${err.message}`);
  process.exitCode = 1;
}
