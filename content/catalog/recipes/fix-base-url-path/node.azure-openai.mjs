// Split a pasted Azure OpenAI URL into endpoint, deployment and api-version, then check them.
import { AzureOpenAI, BadRequestError, NotFoundError } from 'openai';

// Paste the Target URI from the portal, or just the endpoint:
// https://<resource>.openai.azure.com/openai/deployments/<deployment>/chat/completions?api-version=2024-10-21
if (!process.env.AZURE_OPENAI_ENDPOINT) throw new Error('set AZURE_OPENAI_ENDPOINT to the URL you have');
const url = new URL(process.env.AZURE_OPENAI_ENDPOINT);
const endpoint = url.origin; // the resource root; the SDK adds /openai/deployments/...
const deployment = url.pathname.match(/\/deployments\/([^/]+)/)?.[1] ?? process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini';
const apiVersion = url.searchParams.get('api-version') ?? process.env.OPENAI_API_VERSION ?? '2024-10-21';
console.log(`AZURE_OPENAI_ENDPOINT=${endpoint}  AZURE_OPENAI_DEPLOYMENT=${deployment}  OPENAI_API_VERSION=${apiVersion}`);

// baseURL: null, or AzureOpenAI would take OPENAI_BASE_URL when that is set
const client = new AzureOpenAI({ baseURL: null, endpoint, apiVersion }); // key from AZURE_OPENAI_API_KEY
try {
  const reply = await client.chat.completions.create({
    model: deployment,
    max_completion_tokens: 16,
    messages: [{ role: 'user', content: 'ping' }],
  });
  console.log('endpoint, deployment and api-version OK:', reply.choices[0].message.content);
} catch (err) {
  if (err instanceof NotFoundError) console.error(`404: no deployment "${deployment}" on this resource. ${err.message.slice(0, 200)}`);
  else if (err instanceof BadRequestError) console.error(`400 with api-version ${apiVersion}: ${err.message.slice(0, 200)}`);
  else throw err;
  process.exitCode = 1;
}
