// Trim the oldest turns and cap max_tokens so prompt + output fit (OpenAI, DeepSeek, OpenRouter, relays).
import OpenAI from 'openai';

const MODEL = 'gpt-4.1-mini';
let maxTokens = 1024; // always send it: it counts against the window, TPM limits and prepaid credit checks
const client = new OpenAI(); // OPENAI_API_KEY, OPENAI_BASE_URL

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
    const reply = await client.chat.completions.create({ model: MODEL, messages, max_tokens: maxTokens });
    console.log(reply.choices[0].message.content);
    break;
  } catch (err) {
    // "maximum context length is N tokens" (OpenAI, DeepSeek); "(TPM): Limit N" (OpenAI 429); OpenRouter 402 "can only afford N"
    const window = /maximum context length is (\d+) tokens|\(TPM\): Limit (\d+)/.exec(err?.message ?? '');
    const afford = /can only afford (\d+)/.exec(err?.message ?? '');
    if (!(err instanceof OpenAI.APIError) || attempt === 2 || !(window || afford)) throw err;
    if (afford) maxTokens = Math.floor(Number(afford[1]) / 2);
    if (window) messages = trim(messages, Number(window[1] ?? window[2]) - maxTokens);
  }
}
