// Stream an answer; if the stream breaks or carries an error event, start it again with backoff.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';
// ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL; the SDK retries only before the stream starts
const client = new Anthropic();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function streamOnce(messages) {
  const stream = client.messages.stream({ model: MODEL, max_tokens: 1024, messages });
  stream.on('text', (text) => process.stdout.write(text));
  const message = await stream.finalMessage(); // rejects if the stream fails
  return message.content.map((block) => block.text ?? '').join('');
}

// A socket cut mid-body is a TypeError ('terminated'); the message stream wraps it as AnthropicError.
const cut = (err) => err instanceof TypeError && /terminated|fetch failed/i.test(err.message);

function retryable(err) {
  if (err instanceof Anthropic.APIUserAbortError) return false; // you cancelled it
  if (err instanceof Anthropic.APIError) {
    // status undefined: an `event: error` in the stream (err.type: overloaded_error...) or a connection error
    if (err.status === undefined) return err.type !== 'invalid_request_error';
    return [408, 409, 429].includes(err.status) || err.status >= 500; // the stream never started
  }
  return cut(err) || cut(err?.cause);
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
