// Log the request id of every call, so the provider's support or a relay's operator can find it.
import OpenAI from 'openai';

const MODEL = 'gpt-4.1-mini';
const client = new OpenAI(); // OPENAI_API_KEY, OPENAI_BASE_URL

// one-api/new-api relays send X-Oneapi-Request-Id and end the message with '(request id: ...)'.
const relayRequestId = (err) =>
  err.headers?.get('x-oneapi-request-id') ?? /\(request id: ([^)]+)\)/.exec(err.message)?.[1] ?? null;

try {
  const reply = await client.chat.completions.create({
    model: MODEL, messages: [{ role: 'user', content: 'ping' }],
  });
  console.log(new Date().toISOString(), `ok request_id=${reply._request_id}`); // the x-request-id header
  console.log(reply.choices[0].message.content);
} catch (err) {
  if (err instanceof OpenAI.APIError) {
    console.error(new Date().toISOString(), `HTTP ${err.status} request_id=${err.requestID}`,
      `relay_request_id=${relayRequestId(err)}`, err.message);
  }
  throw err;
}
