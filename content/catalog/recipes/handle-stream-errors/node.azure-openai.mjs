// Stream an answer; if the stream breaks or carries an error, start the answer again with backoff.
import { AzureOpenAI, APIError, APIUserAbortError } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini';
// AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION; SDK retries happen before the stream only
const client = new AzureOpenAI({ deployment: DEPLOYMENT });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function streamOnce(messages) {
  const stream = await client.chat.completions.create({ model: DEPLOYMENT, messages, stream: true });
  let text = '';
  for await (const chunk of stream) {
    const delta = chunk.choices[0]?.delta?.content ?? '';
    text += delta;
    process.stdout.write(delta);
  }
  return text;
}

function retryable(err) {
  if (err instanceof APIUserAbortError) return false; // you cancelled it
  if (err instanceof APIError) {
    // status undefined: an error payload inside the HTTP 200 stream, or a connection error
    if (err.status === undefined) return err.type !== 'invalid_request_error';
    return [408, 409, 429].includes(err.status) || err.status >= 500; // the stream never started
  }
  return err instanceof TypeError && /terminated|fetch failed/i.test(err.message); // socket cut mid-body
}

async function streamWithRetry(messages, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await streamOnce(messages);
    } catch (err) {
      if (!retryable(err) || attempt >= attempts) throw err;
      console.error(`\n[stream failed: ${err.message}; starting the answer again]`);
      await sleep(Math.random() * 1000 * 2 ** attempt);
    }
  }
}

const answer = await streamWithRetry([{ role: 'user', content: 'Write a haiku about retries' }]);
console.log(`\n(${answer.length} characters)`);
