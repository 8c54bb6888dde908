// The Vercel AI SDK reads the same variables as the official SDKs but joins paths differently.
import { generateText } from 'ai';
import { createAnthropic } from '@ai-sdk/anthropic';
import { createOpenAI } from '@ai-sdk/openai';

const OPENAI_MODEL = 'gpt-4.1-mini';
const ANTHROPIC_MODEL = 'claude-sonnet-4-6';

// @ai-sdk/openai: like the openai SDK, base with /v1 (it appends /chat/completions).
const openai = createOpenAI({ baseURL: process.env.OPENAI_BASE_URL });

// @ai-sdk/anthropic appends only /messages, so its base needs /v1, unlike ANTHROPIC_BASE_URL
// for Claude Code and @anthropic-ai/sdk. Add it when the shared variable has none.
const anthropicBase = (process.env.ANTHROPIC_BASE_URL ?? 'https://api.anthropic.com').replace(/\/+$/, '');
const anthropic = createAnthropic({ baseURL: anthropicBase.endsWith('/v1') ? anthropicBase : `${anthropicBase}/v1` });

for (const model of [openai.chat(OPENAI_MODEL), anthropic(ANTHROPIC_MODEL)]) {
  const { text } = await generateText({ model, prompt: 'ping', maxOutputTokens: 16 });
  console.log(model.provider, 'path OK:', text);
}
