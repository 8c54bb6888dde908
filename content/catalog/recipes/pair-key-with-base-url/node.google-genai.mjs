// Check that the Gemini API key works at the Gemini endpoint in use.
import { ApiError, GoogleGenAI } from '@google/genai';

if (process.env.GOOGLE_API_KEY && process.env.GEMINI_API_KEY) {
  console.log('note: GOOGLE_API_KEY and GEMINI_API_KEY are both set; the SDK uses GOOGLE_API_KEY');
}

// Reads GEMINI_API_KEY (or GOOGLE_API_KEY) and sends it as "x-goog-api-key".
// GOOGLE_GEMINI_BASE_URL overrides https://generativelanguage.googleapis.com
const ai = new GoogleGenAI({});
console.log('endpoint:', process.env.GOOGLE_GEMINI_BASE_URL ?? 'https://generativelanguage.googleapis.com');

try {
  const names = [];
  for await (const model of await ai.models.list()) if (names.push(model.name) >= 5) break; // no tokens are used
  console.log('key and endpoint match; models:', names);
} catch (err) {
  if (!(err instanceof ApiError) || err.status >= 500) throw err;
  console.error(`${err.status}: the key is not accepted here (400 API_KEY_INVALID, 403 PERMISSION_DENIED). ${err.message}`);
  process.exitCode = 1;
}
