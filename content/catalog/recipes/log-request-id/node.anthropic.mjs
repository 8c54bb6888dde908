// Log the request id of every call, so Anthropic support or a gateway's operator can find it.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';
const client = new Anthropic(); // ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL

try {
  const message = await client.messages.create({
    model: MODEL, max_tokens: 256, messages: [{ role: 'user', content: 'ping' }],
  });
  console.log(new Date().toISOString(), `ok request_id=${message._request_id}`); // the request-id header
  console.log(message.content[0].text);
} catch (err) {
  if (err instanceof Anthropic.APIError) {
    // err.requestID comes from the request-id header; err.message holds the body, which has request_id too
    console.error(new Date().toISOString(), `HTTP ${err.status} request_id=${err.requestID}`, err.message);
  }
  throw err;
}
