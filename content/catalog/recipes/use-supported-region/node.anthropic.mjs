// Tell Anthropic's region block apart from other errors, so it is not retried or mistaken for a key problem.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';
const client = new Anthropic();

try {
  const message = await client.messages.create({ model: MODEL, max_tokens: 16, messages: [{ role: 'user', content: 'Say pong' }] });
  console.log(message.content[0].text);
} catch (err) {
  // permission_error is a different problem (key, workspace, model access): let it through.
  if (!(err instanceof Anthropic.PermissionDeniedError && err.type === 'forbidden')) throw err;
  // Final: 403 {"type":"forbidden","message":"Request not allowed"} for places Anthropic does not serve.
  console.error('Region block (403 Request not allowed): run this code from a supported country or region, or check where your proxy, VPN or server exits.');
  process.exitCode = 1;
}
