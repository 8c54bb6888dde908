// Check that OPENAI_API_KEY and OPENAI_BASE_URL belong to the same service.
import OpenAI, { AuthenticationError, NotFoundError } from 'openai';

// Set the pair together, for example:
//   OpenAI      https://api.openai.com/v1      (the default when OPENAI_BASE_URL is unset)
//   DeepSeek    https://api.deepseek.com
//   OpenRouter  https://openrouter.ai/api/v1
//   a relay     https://<relay-host>/v1        (one-api / new-api)
const client = new OpenAI(); // reads OPENAI_API_KEY and OPENAI_BASE_URL; the key is sent as "Authorization: Bearer"
console.log(`${client.baseURL} with key ...${client.apiKey.slice(-4)}`);

try {
  const page = await client.models.list(); // GET <base>/models: no tokens are used
  console.log('key and base URL match; models:', page.data.slice(0, 5).map((m) => m.id));
} catch (err) {
  if (err instanceof AuthenticationError) console.error('401: this service did not issue this key. Set the key and base URL of one service.');
  else if (err instanceof NotFoundError) console.error('404: the base URL path is wrong (OpenAI and relays need it to end in /v1).');
  else throw err;
  process.exitCode = 1;
}
