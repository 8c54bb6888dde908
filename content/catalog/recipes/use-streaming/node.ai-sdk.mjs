// Stream with the Vercel AI SDK: streamText returns at once and yields text as it is generated.
import { streamText } from 'ai';
import { createAnthropic } from '@ai-sdk/anthropic';

const MODEL = 'claude-sonnet-4-6';

// @ai-sdk/anthropic wants its base with /v1 (ANTHROPIC_BASE_URL for Claude Code has none)
const base = (process.env.ANTHROPIC_BASE_URL ?? 'https://api.anthropic.com').replace(/\/+$/, '');
const anthropic = createAnthropic({ baseURL: base.endsWith('/v1') ? base : `${base}/v1` });

const result = streamText({
  model: anthropic(MODEL),
  prompt: 'Write a long report',
  maxOutputTokens: 32000,
  onError: ({ error }) => console.error('\nstream error:', error), // errors inside the stream land here
});
for await (const text of result.textStream) process.stdout.write(text);
console.log('\nfinish reason:', await result.finishReason);
