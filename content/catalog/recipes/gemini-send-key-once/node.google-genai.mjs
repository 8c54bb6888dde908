// Send the Gemini key once: @google/genai sends GEMINI_API_KEY as x-goog-api-key, so add no other credential.
import { ApiError, GoogleGenAI } from '@google/genai';

// Headers your code adds to every request (tracing, a gateway's own header). An Authorization or a second
// x-goog-api-key header here, or a key= in GOOGLE_GEMINI_BASE_URL, makes two credentials: Gemini answers 400.
const extraHeaders = {};
const twice = Object.keys(extraHeaders).filter((name) => ['authorization', 'x-goog-api-key'].includes(name.toLowerCase()));
if ((process.env.GOOGLE_GEMINI_BASE_URL ?? '').includes('key=')) twice.push('key= in GOOGLE_GEMINI_BASE_URL');
if (twice.length > 0) throw new Error(`the SDK already sends the key; remove: ${twice.join(', ')}`);

const ai = new GoogleGenAI({ httpOptions: { headers: extraHeaders } });
try {
  await ai.models.list(); // first page of models: no tokens used
  console.log('one credential, accepted');
} catch (err) {
  if (!(err instanceof ApiError) || err.status >= 500) throw err;
  console.error(`${err.status}: ${err.message}`);
  process.exitCode = 1;
}
