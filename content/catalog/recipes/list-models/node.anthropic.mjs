// List the model ids this Anthropic key (or gateway) offers and check the one you want.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6'; // the id you are trying to use

const client = new Anthropic(); // ANTHROPIC_API_KEY / ANTHROPIC_AUTH_TOKEN + ANTHROPIC_BASE_URL
const ids = [];
for await (const model of client.models.list()) ids.push(model.id); // GET /v1/models, newest first, all pages
console.log(`${ids.length} models at ${client.baseURL}\n${ids.join('\n')}`);

// ids that share a word with MODEL, e.g. another version or a relay's renamed copy
const similar = ids.filter((id) => MODEL.split(/[-.]/).some((part) => part.length > 2 && id.includes(part)));
if (ids.includes(MODEL)) console.log(`"${MODEL}" is offered here; use it exactly as written`);
else console.log(`"${MODEL}" is not offered here; similar ids:`, similar.slice(0, 10));
