// Azure OpenAI: a model is callable only through a deployment of it in your resource; say which part is missing.
import { AzureOpenAI, NotFoundError, PermissionDeniedError } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini'; // the deployment name, not the model name
const client = new AzureOpenAI(); // AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION

try {
  const reply = await client.chat.completions.create({ model: DEPLOYMENT, messages: [{ role: 'user', content: 'ping' }] });
  console.log(reply.choices[0].message.content);
} catch (err) {
  if (err instanceof NotFoundError) { // code DeploymentNotFound
    console.error(`${err.code}: no deployment named "${DEPLOYMENT}" in this resource. Deploy the model (or copy the exact deployment name) in the Azure AI Foundry portal; a new deployment can take about 5 minutes to answer.`);
  } else if (err instanceof PermissionDeniedError) {
    console.error(`${err.code}: ${err.message}\nThe key is valid but not allowed here: check the resource's networking (firewall, private endpoint) and, when you sign in with Microsoft Entra ID, your role on the resource.`);
  } else throw err;
  process.exit(1);
}
