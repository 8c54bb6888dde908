// Turn the address in OPENAI_BASE_URL into the base the openai SDK needs, then check it.
import OpenAI, { NotFoundError } from 'openai';

// One version segment, no endpoint: the SDK itself appends /chat/completions, /models ...
function openaiBase(url) {
  const u = url.trim().replace(/\/+$/, '').replace(/\/(chat\/completions|completions|responses|models)$/, '');
  return /\/v\d+[a-z0-9]*(\/|$)/.test(u) ? u : `${u}/v1`; // keeps /v1beta/openai, /api/v3, /v4
}

const pasted = process.env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1';
const base = openaiBase(pasted);
if (base !== pasted.replace(/\/+$/, '')) console.log(`set OPENAI_BASE_URL=${base}  (was ${pasted})`);
console.log('chat requests go to', `${base}/chat/completions`);

try {
  const models = await new OpenAI({ baseURL: base }).models.list(); // GET <base>/models, no tokens used
  console.log('path OK; models:', models.data.slice(0, 5).map((m) => m.id));
} catch (err) {
  if (!(err instanceof NotFoundError)) throw err;
  // "404 <html>..." is a web server or gateway page: there is no API at this path
  console.error(`404 at ${base}/models: ${err.message.slice(0, 200)}`);
  process.exitCode = 1;
}
