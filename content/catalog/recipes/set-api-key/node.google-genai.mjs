// Check the Gemini key this process actually sees, then test it with one free request.
import { ApiError, GoogleGenAI } from '@google/genai';

if (process.env.GOOGLE_API_KEY && process.env.GEMINI_API_KEY) {
  console.log('GOOGLE_API_KEY and GEMINI_API_KEY are both set: the SDK uses GOOGLE_API_KEY; unset the stale one');
}
const name = process.env.GOOGLE_API_KEY ? 'GOOGLE_API_KEY' : 'GEMINI_API_KEY';
const key = (process.env[name] ?? '').trim();
if (!key) throw new Error('GEMINI_API_KEY is not set in this process');
console.log(`${name} ${key.slice(0, 6)}...${key.slice(-4)}`);

const ai = new GoogleGenAI({});
try {
  await ai.models.list(); // first page of models: no tokens used
  console.log('the key is accepted');
} catch (err) {
  if (!(err instanceof ApiError) || err.status >= 500) throw err;
  console.error(`${err.status}: ${err.message}`); // 400 API_KEY_INVALID, 403 PERMISSION_DENIED
  process.exitCode = 1;
}
