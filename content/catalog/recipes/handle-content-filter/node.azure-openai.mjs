// Azure OpenAI: name the content-filter category that blocked the prompt or cut the answer, and stop.
import { AzureOpenAI, BadRequestError } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini'; // your deployment name
const client = new AzureOpenAI(); // AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION

// { hate: { filtered: false, ... }, jailbreak: { filtered: true, detected: true }, ... } -> ['jailbreak']
const fired = (results = {}) => Object.entries(results).filter(([, r]) => r?.filtered).map(([name]) => name);

let reply;
try {
  reply = await client.chat.completions.create({ model: DEPLOYMENT, messages: [{ role: 'user', content: 'ping' }] });
} catch (err) {
  if (!(err instanceof BadRequestError) || err.code !== 'content_filter') throw err;
  const inner = err.error?.innererror ?? {}; // err.error is the "error" object of the body
  console.error(`Prompt blocked (${inner.code}): ${fired(inner.content_filter_result)}. Rephrase or remove that part.`);
  process.exit(1);
}
const choice = reply.choices[0];
if (choice.finish_reason === 'content_filter') {
  console.log(`Answer filtered: ${fired(choice.content_filter_results)}; partial text: ${choice.message.content}`);
} else {
  console.log(choice.message.content);
}
