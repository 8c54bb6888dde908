// Keep the request body under the size limit of whatever is in front of the API: drop older images first.
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { APIError, AzureOpenAI } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini'; // your deployment name
const LIMIT_BYTES = 1_000_000; // nginx's default client_max_body_size; ask whoever runs the proxy for its limit
const MIME = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif' };
const client = new AzureOpenAI(); // AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION

const images = process.argv.slice(2); // one earlier turn per image: node node.azure-openai.mjs old.png new.png
const encodedSize = () => images.reduce((sum, p) => sum + (statSync(p).size * 4) / 3, 0); // base64 adds a third
while (images.length && encodedSize() > LIMIT_BYTES * 0.9) console.log('leaving out', images.shift());
if (process.argv.length > 2 && !images.length) throw new Error('even the newest image is too large: resize it, or send an https:// image URL');

const turn = (path) => [
  { role: 'user', content: [
    { type: 'image_url', image_url: { url: `data:${MIME[extname(path).toLowerCase()]};base64,${readFileSync(path).toString('base64')}` } },
    { type: 'text', text: `This is ${basename(path)}.` },
  ] },
  { role: 'assistant', content: 'Noted.' },
];
const messages = [...images.flatMap(turn), { role: 'user', content: 'What have I shown you so far?' }];
try {
  const reply = await client.chat.completions.create({ model: DEPLOYMENT, messages });
  console.log(reply.choices[0].message.content);
} catch (err) {
  if (!(err instanceof APIError) || err.status !== 413) throw err;
  const who = err.error ? 'Azure OpenAI' : 'a proxy in front of the API (not JSON)';
  console.error(`413 from ${who}: lower LIMIT_BYTES and send less`);
  process.exit(1);
}
