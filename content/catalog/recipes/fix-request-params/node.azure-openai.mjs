// Azure OpenAI: read which field or api-version a 400 rejects, fix it, send once more.
import { AzureOpenAI, BadRequestError } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-5-mini'; // your deployment name
const client = new AzureOpenAI(); // AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, OPENAI_API_VERSION

const params = { model: DEPLOYMENT, messages: [{ role: 'user', content: 'ping' }], max_tokens: 256 };
let reply;
try {
  reply = await client.chat.completions.create(params);
} catch (err) {
  if (!(err instanceof BadRequestError)) throw err;
  console.error(`param=${err.param} code=${err.code}: ${err.message}`);
  if (/api version/i.test(err.message)) {
    console.error(`OPENAI_API_VERSION=${process.env.OPENAI_API_VERSION} is not accepted: use a version the API reference lists for this model`);
    process.exit(1);
  }
  if (err.param !== 'max_tokens') process.exit(1); // change the field it names: the same body fails every time
  const { max_tokens, ...rest } = params;
  reply = await client.chat.completions.create({ ...rest, max_completion_tokens: max_tokens }); // reasoning deployments
}
console.log(reply.choices[0].message.content);
