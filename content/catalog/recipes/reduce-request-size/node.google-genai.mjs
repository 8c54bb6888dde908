// Keep the request body under the size limit of whatever is in front of the API: drop older images first.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ApiError, GoogleGenAI } from '@google/genai';

const MODEL = 'gemini-2.5-flash';
const LIMIT_BYTES = 1_000_000; // nginx's default client_max_body_size; ask your relay or proxy for its own limit
const MIME = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif' };
const ai = new GoogleGenAI({}); // GEMINI_API_KEY, GOOGLE_GEMINI_BASE_URL

const images = process.argv.slice(2); // one earlier turn per image: node node.google-genai.mjs old.png new.png
const encodedSize = () => images.reduce((sum, p) => sum + (statSync(p).size * 4) / 3, 0); // base64 adds a third
while (images.length && encodedSize() > LIMIT_BYTES * 0.9) console.log('leaving out', images.shift());
if (process.argv.length > 2 && !images.length) throw new Error('even the newest image is too large: resize it, or upload it once with ai.files.upload');

const turn = (path) => [
  { role: 'user', parts: [
    { inlineData: { mimeType: MIME[extname(path).toLowerCase()], data: readFileSync(path).toString('base64') } },
    { text: `This is ${basename(path)}.` },
  ] },
  { role: 'model', parts: [{ text: 'Noted.' }] },
];
const contents = [...images.flatMap(turn), { role: 'user', parts: [{ text: 'What have I shown you so far?' }] }];
try {
  console.log((await ai.models.generateContent({ model: MODEL, contents })).text);
} catch (err) {
  if (!(err instanceof ApiError) || err.status !== 413) throw err;
  console.error('413: lower LIMIT_BYTES and send less');
  process.exit(1);
}
