// Recognise a content-filter block, say which filter fired, and stop: the same text is refused every time.
import OpenAI from 'openai';

const MODEL = 'gpt-4.1-mini';
const client = new OpenAI(); // OPENAI_API_KEY, OPENAI_BASE_URL (DeepSeek, OpenRouter or a relay)

function filterThatFired(err) {
  const meta = err.error?.metadata ?? {};
  if (meta.reasons) return `OpenRouter moderation ${JSON.stringify(meta.reasons)} on ${JSON.stringify(meta.flagged_input)}`; // 403
  if (err.code === 'sensitive_words_detected') return `the relay's sensitive-word filter: ${err.error?.message}`; // new-api
  if (/Content Exists Risk/.test(err.message)) return "DeepSeek's content check"; // 400
  return err.code === 'content_filter' ? 'a content filter' : null;
}

let reply;
try {
  reply = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'ping' }] });
} catch (err) {
  const fired = err instanceof OpenAI.BadRequestError || err instanceof OpenAI.PermissionDeniedError ? filterThatFired(err) : null;
  if (!fired) throw err;
  console.error(`Blocked by ${fired}. Rephrase or remove that part; do not resend it unchanged.`);
  process.exit(1);
}
const choice = reply.choices[0];
if (choice.finish_reason === 'content_filter') console.log('Answer filtered; partial text:', choice.message.content);
else console.log(choice.message.content);
