// List the Gemini models this key can call with generateContent and check the one you want.
import { GoogleGenAI } from '@google/genai';

const MODEL = 'gemini-2.5-flash'; // the id you are trying to use

const ai = new GoogleGenAI({}); // GEMINI_API_KEY (+ GOOGLE_GEMINI_BASE_URL)
const ids = [];
for await (const model of await ai.models.list()) {
  // the API answers "models/<id>"; the SDK accepts either form
  if (model.supportedActions?.includes('generateContent')) ids.push(model.name.replace(/^models\//, ''));
}
console.log(`${ids.length} models support generateContent\n${ids.join('\n')}`);

// ids that share a word with MODEL, e.g. another version or a relay's renamed copy
const similar = ids.filter((id) => MODEL.split(/[-.]/).some((part) => part.length > 2 && id.includes(part)));
if (ids.includes(MODEL)) console.log(`"${MODEL}" is available to this key`);
else console.log(`"${MODEL}" is not available; similar ids:`, similar.slice(0, 10));
