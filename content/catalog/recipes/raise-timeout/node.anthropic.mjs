// Give slow calls more time, and stream: Node's fetch waits at most 300 s for response headers.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';

// timeout (ms, default 600000) bounds the wait for the response headers; a non-streamed answer sends
// them only when it is complete, and undici, behind Node's fetch, gives up after 300 s anyway.
const client = new Anthropic({ timeout: 15 * 60 * 1000, maxRetries: 1 });

const message = await client.messages
  .stream({ model: MODEL, max_tokens: 16000, messages: [{ role: 'user', content: 'Write a long report' }] })
  .on('text', (text) => process.stdout.write(text))
  .finalMessage();
console.log('\nstop_reason:', message.stop_reason);
