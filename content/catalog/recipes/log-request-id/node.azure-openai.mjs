// Log the request id of every Azure OpenAI call, so Azure support can trace it.
import { AzureOpenAI, APIError } from 'openai';

const DEPLOYMENT = process.env.AZURE_OPENAI_DEPLOYMENT ?? 'gpt-4.1-mini';
// AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION
const client = new AzureOpenAI({ deployment: DEPLOYMENT });

try {
  const reply = await client.chat.completions.create({
    model: DEPLOYMENT, messages: [{ role: 'user', content: 'ping' }],
  });
  console.log(new Date().toISOString(), `ok request_id=${reply._request_id}`); // the x-request-id header
  console.log(reply.choices[0].message.content);
} catch (err) {
  if (err instanceof APIError) {
    console.error(new Date().toISOString(), `HTTP ${err.status} request_id=${err.requestID}`, err.message);
  }
  throw err;
}
