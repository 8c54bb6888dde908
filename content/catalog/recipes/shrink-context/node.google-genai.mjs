// Drop the oldest turns until prompt + maxOutputTokens fit the context window, measured with countTokens.
import { GoogleGenAI } from '@google/genai';

const MODEL = 'gemini-2.5-flash';
const CONTEXT_WINDOW = 1_000_000; // your model's input window: (await ai.models.get({ model: MODEL })).inputTokenLimit
const MAX_OUTPUT = 4096; // ask for what you need
const ai = new GoogleGenAI({}); // GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL

async function fit(contents) {
  for (;;) {
    const { totalTokens: used } = await ai.models.countTokens({ model: MODEL, contents });
    if (used + MAX_OUTPUT <= CONTEXT_WINDOW * 0.95) return contents;
    if (contents.length === 1) throw new Error(`the last turn alone is ${used} tokens: cut pasted documents or tool output`);
    contents = contents.slice(contents.length > 2 ? 2 : 1); // drop the oldest user/model pair
  }
}

const contents = await fit([
  { role: 'user', parts: [{ text: 'Here is a long document ...' }] },
  { role: 'model', parts: [{ text: 'Summary of the document ...' }] },
  { role: 'user', parts: [{ text: 'ping' }] },
]);
const reply = await ai.models.generateContent({ model: MODEL, contents, config: { maxOutputTokens: MAX_OUTPUT } });
console.log(reply.text);
