// Tell Gemini's location block apart from other errors, so it is not retried or mistaken for a bad request.
import { ApiError, GoogleGenAI } from '@google/genai';

const MODEL = 'gemini-2.5-flash';
const ai = new GoogleGenAI({});

try {
  const response = await ai.models.generateContent({ model: MODEL, contents: 'Say pong' });
  console.log(response.text);
} catch (err) {
  if (!(err instanceof ApiError && err.status === 400 && err.message.includes('FAILED_PRECONDITION'))) throw err;
  // Final: "User location is not supported for the API use." (or the free tier is not offered there).
  console.error(`Location block (${err.message}): run this code from a supported region, or check where your proxy, VPN, server or Cloudflare Worker exits.`);
  process.exitCode = 1;
}
