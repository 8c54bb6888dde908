// Stream a long answer; the SDK requires it once max_tokens implies more than about 10 minutes.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';

const client = new Anthropic();
// Without streaming, max_tokens: 32000 is refused before sending:
// "Streaming is required for operations that may take longer than 10 minutes".
const message = await client.messages
  .stream({ model: MODEL, max_tokens: 32000, messages: [{ role: 'user', content: 'Write a long report' }] })
  .on('text', (text) => process.stdout.write(text))
  .finalMessage(); // the complete message, as create() would return it
console.log('\nstop_reason:', message.stop_reason, '| output tokens:', message.usage.output_tokens);
