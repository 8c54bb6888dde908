// On Azure the model parameter is your deployment name: check it, and list what the resource offers.
import { AzureOpenAI, NotFoundError } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini'; // the name you gave the deployment

// AZURE_OPENAI_API_KEY, OPENAI_API_VERSION; baseURL: null so that OPENAI_BASE_URL is not used instead
const client = new AzureOpenAI({ baseURL: null, endpoint: process.env.AZURE_OPENAI_ENDPOINT });
try {
  await client.chat.completions.create({ model: DEPLOYMENT, max_completion_tokens: 16, messages: [{ role: 'user', content: 'ping' }] });
  console.log(`deployment "${DEPLOYMENT}" exists and answers`);
} catch (err) {
  if (!(err instanceof NotFoundError)) throw err; // DeploymentNotFound
  console.log(`no deployment "${DEPLOYMENT}" on this resource: ${err.message.slice(0, 160)}`);
  console.log('deployment names: the Deployments page of the Foundry portal, or');
  console.log('  az cognitiveservices account deployment list -g <resource-group> -n <resource>');
}

// Base models this resource can deploy. These are not deployment names.
const models = [];
for await (const model of client.models.list()) models.push(model.id);
console.log('models:', models.sort().slice(0, 30));
