// List the model ids this key may use at OPENAI_BASE_URL and check the one you want.
import OpenAI from 'openai';

const MODEL = 'gpt-4.1-mini'; // the id you are trying to use

const client = new OpenAI(); // OPENAI_API_KEY + OPENAI_BASE_URL: OpenAI, DeepSeek, OpenRouter or a relay
const ids = [];
for await (const model of client.models.list()) ids.push(model.id); // a relay lists only what your token's group may use
ids.sort();
console.log(`${ids.length} models at ${client.baseURL}\n${ids.slice(0, 50).join('\n')}`);

// ids that share a word with MODEL, e.g. another version or a relay's renamed copy
const similar = ids.filter((id) => MODEL.split(/[-.]/).some((part) => part.length > 2 && id.includes(part)));
if (ids.includes(MODEL)) console.log(`"${MODEL}" is offered here; use it exactly as written`);
else console.log(`"${MODEL}" is not offered here; similar ids:`, similar.slice(0, 10));
