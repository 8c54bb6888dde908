// Check that AZURE_OPENAI_API_KEY belongs to the resource in AZURE_OPENAI_ENDPOINT.
import { AuthenticationError, AzureOpenAI, NotFoundError } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini'; // your deployment name

// Reads AZURE_OPENAI_API_KEY (sent as "api-key") and OPENAI_API_VERSION. AzureOpenAI also reads
// OPENAI_BASE_URL and then ignores AZURE_OPENAI_ENDPOINT, so pass the endpoint and clear baseURL.
// The endpoint is the resource root, https://<resource>.openai.azure.com, with no path.
const client = new AzureOpenAI({ baseURL: null, endpoint: process.env.AZURE_OPENAI_ENDPOINT });
console.log('endpoint:', process.env.AZURE_OPENAI_ENDPOINT, 'deployment:', DEPLOYMENT);

try {
  const reply = await client.chat.completions.create({
    model: DEPLOYMENT,
    max_completion_tokens: 16,
    messages: [{ role: 'user', content: 'ping' }],
  });
  console.log('key, endpoint and deployment match:', reply.choices[0].message.content);
} catch (err) {
  if (err instanceof AuthenticationError) console.error('401: the key belongs to another Azure resource, or was regenerated.');
  else if (err instanceof NotFoundError) console.error(`404: key and endpoint match, but there is no deployment named "${DEPLOYMENT}".`);
  else throw err;
  process.exitCode = 1;
}
