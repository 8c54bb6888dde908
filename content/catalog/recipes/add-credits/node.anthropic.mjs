// Tell an empty Anthropic credit balance from other errors with one test call, and stop instead of retrying.
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-haiku-4-5';
const BILLING_PAGE = 'https://platform.claude.com/settings/billing';
const client = new Anthropic({ maxRetries: 0 }); // ANTHROPIC_API_KEY, ANTHROPIC_BASE_URL

try {
  const reply = await client.messages.create({ model: MODEL, max_tokens: 5, messages: [{ role: 'user', content: 'ping' }] });
  console.log('the key works:', reply.content[0].text);
} catch (err) {
  // 400 "Your credit balance is too low to access the Anthropic API", or 402 billing_error (PaymentRequiredError)
  const billing = err instanceof Anthropic.PaymentRequiredError || (err instanceof Anthropic.APIError && /credit balance is too low/.test(err.apiMessage ?? ''));
  if (!billing) throw err;
  console.error(`No credit left in the organization that owns this key: buy credits at ${BILLING_PAGE} for that same organization, then run this again.`);
  process.exit(1);
}
