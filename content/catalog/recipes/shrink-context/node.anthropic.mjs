// Drop the oldest turns until prompt + max_tokens fit the context window, measured with countTokens.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';
const CONTEXT_WINDOW = 200_000; // your model's input window: (await client.models.retrieve(MODEL)).max_input_tokens
const MAX_TOKENS = 4096; // ask for what you need: it is counted against the same window
const client = new Anthropic(); // ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL

const plainUserTurn = (m) => m.role === 'user' && !(Array.isArray(m.content) && m.content.some((b) => b.type === 'tool_result'));

async function fit(system, messages) {
  for (;;) {
    const { input_tokens: used } = await client.messages.countTokens({ model: MODEL, system, messages });
    if (used + MAX_TOKENS <= CONTEXT_WINDOW * 0.95) return messages; // countTokens is an estimate: keep a margin
    if (messages.length === 1) throw new Error(`the last message alone is ~${used} tokens: cut pasted documents or tool output`);
    messages = messages.slice(1);
    while (messages.length > 1 && !plainUserTurn(messages[0])) messages = messages.slice(1); // no orphaned tool_result
  }
}

const system = 'You are a helpful assistant.';
const history = await fit(system, [
  { role: 'user', content: 'Here is a long document ...' },
  { role: 'assistant', content: 'Summary of the document ...' },
  { role: 'user', content: 'ping' },
]);
const reply = await client.messages.create({ model: MODEL, max_tokens: MAX_TOKENS, system, messages: history });
console.log(reply.content[0].text);
