// Keep the request body under the size limit of whatever is in front of the API: drop older images first.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';
const LIMIT_BYTES = 1_000_000; // nginx's default client_max_body_size; the Messages API itself accepts 32 MB
const MIME = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif' };
const client = new Anthropic(); // ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL

const images = process.argv.slice(2); // one earlier turn per image: node node.anthropic.mjs old.png new.png
const encodedSize = () => images.reduce((sum, p) => sum + (statSync(p).size * 4) / 3, 0); // base64 adds a third
while (images.length && encodedSize() > LIMIT_BYTES * 0.9) console.log('leaving out', images.shift());
if (process.argv.length > 2 && !images.length) throw new Error('even the newest image is too large: resize it, or send it by URL');

const turn = (path) => [
  { role: 'user', content: [
    { type: 'image', source: { type: 'base64', media_type: MIME[extname(path).toLowerCase()], data: readFileSync(path).toString('base64') } },
    { type: 'text', text: `This is ${basename(path)}.` },
  ] },
  { role: 'assistant', content: 'Noted.' },
];
const messages = [...images.flatMap(turn), { role: 'user', content: 'What have I shown you so far?' }];
try {
  const reply = await client.messages.create({ model: MODEL, max_tokens: 512, messages });
  console.log(reply.content[0].text);
} catch (err) {
  if (!(err instanceof Anthropic.ContentTooLargeError)) throw err; // 413
  const who = err.error ? 'the API' : 'a proxy in front of the API (not JSON)';
  console.error(`413 from ${who}: lower LIMIT_BYTES and send less`);
  process.exit(1);
}
