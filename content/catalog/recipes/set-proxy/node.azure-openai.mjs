// Node's fetch, which the SDK uses, ignores HTTPS_PROXY unless Node starts with NODE_USE_ENV_PROXY=1
// (Node >= 22.21 or >= 24). An HTTP proxy is written http://host:port even for https APIs:
//   NODE_USE_ENV_PROXY=1 HTTPS_PROXY=http://127.0.0.1:7890 node this-file.mjs
import { AzureOpenAI } from 'openai';

// The deployment name you chose in Azure, not the model id.
const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini';
const proxy = process.env.HTTPS_PROXY || process.env.https_proxy;
const [major, minor] = process.versions.node.split('.').map(Number);
const supported = major >= 24 || (major === 22 && minor >= 21);
const enabled = process.env.NODE_USE_ENV_PROXY === '1' || /--use-env-proxy/.test([...process.execArgv, process.env.NODE_OPTIONS].join(' '));
if (proxy && !(supported && enabled)) {
  // Stop here instead of silently connecting directly and timing out.
  console.error(`HTTPS_PROXY is set, but Node ${process.version} in this process will not use it.`);
  console.error(supported ? 'Start it with NODE_USE_ENV_PROXY=1.' : 'Use Node >= 22.21, or pass an undici dispatcher (see the instructions).');
  process.exit(1);
}
console.log(proxy ? `Using proxy ${proxy}` : 'HTTPS_PROXY is not set: connecting directly');

const client = new AzureOpenAI(); // AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION
const reply = await client.chat.completions.create({ model: DEPLOYMENT, messages: [{ role: 'user', content: 'Say pong' }] });
console.log(reply.choices[0].message.content);
