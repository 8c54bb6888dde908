// Azure OpenAI: trim the oldest turns and cap max_tokens so prompt + output fit the deployment's model.
import { AzureOpenAI, BadRequestError } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini'; // your deployment name
const MAX_TOKENS = 1024; // always send it: Azure counts it against the deployment's TPM quota too
const client = new AzureOpenAI(); // AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION

// Drop the oldest user/assistant pair after the system message until a rough estimate (~3 bytes per token) fits.
function trim(messages, budget) {
  while (messages.length > 2 && messages.reduce((n, m) => n + Buffer.byteLength(String(m.content)), 0) / 3 > budget) messages.splice(1, 2);
  return messages;
}

let messages = [
  { role: 'system', content: 'You are a helpful assistant.' },
  { role: 'user', content: 'Here is a long document ...' },
  { role: 'assistant', content: 'Summary of the document ...' },
  { role: 'user', content: 'ping' },
];
for (const attempt of [1, 2]) {
  try {
    const reply = await client.chat.completions.create({ model: DEPLOYMENT, messages, max_tokens: MAX_TOKENS });
    console.log(reply.choices[0].message.content);
    break;
  } catch (err) {
    const window = /maximum context length is (\d+) tokens/.exec(err?.message ?? ''); // code context_length_exceeded
    if (!(err instanceof BadRequestError) || attempt === 2 || !window) throw err;
    messages = trim(messages, Number(window[1]) - MAX_TOKENS);
  }
}
