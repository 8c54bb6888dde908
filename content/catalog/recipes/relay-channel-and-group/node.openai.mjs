// one-api / new-api relay: check that your token's group serves the model, then read what the relay answers.
import OpenAI from 'openai';

const MODEL = 'gpt-4.1-mini'; // the exact name the relay lists, case included
const client = new OpenAI({ maxRetries: 0 }); // OPENAI_API_KEY = the relay token, OPENAI_BASE_URL = https://<relay>/v1

const available = [];
for await (const m of client.models.list()) available.push(m.id); // the models your token and group may call
if (!available.includes(MODEL)) console.log(`"${MODEL}" is not in this token's list; similar:`, available.filter((m) => m.toLowerCase().includes(MODEL.toLowerCase())));

try {
  const reply = await client.chat.completions.create({ model: MODEL, messages: [{ role: 'user', content: 'ping' }] });
  console.log(reply.choices[0].message.content);
} catch (err) {
  if (!(err instanceof OpenAI.APIError) || !err.status) throw err;
  const requestId = /request id: ([^)]+)/.exec(err.message)?.[1] ?? err.headers?.get('x-oneapi-request-id');
  let hint;
  if (/无可用渠道/.test(err.message)) hint = 'no enabled channel of your group serves this exact model: pick one from the list, or ask the admin'; // 503
  else if (/负载已饱和/.test(err.message)) hint = 'the upstream is rate-limited: retry later with backoff; if it lasts, give the admin the request id';
  else if (/convert_request_(failed|error)/.test(err.code)) hint = 'this channel cannot take this API format: call chat completions, or use a model on another channel';
  else if (err.code === 'bad_response_status_code') hint = `the channel's upstream answered HTTP ${err.param}: the admin can read why in the log under the request id`;
  else throw err;
  console.error(`HTTP ${err.status}: ${hint}. Request id: ${requestId}`);
  process.exit(1);
}
