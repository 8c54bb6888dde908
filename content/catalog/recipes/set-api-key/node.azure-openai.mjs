// Check the Azure OpenAI key this process actually sees, then test it with one free request.
import { AuthenticationError, AzureOpenAI } from 'openai';

const key = process.env.AZURE_OPENAI_API_KEY?.trimEnd();
if (!key) throw new Error('AZURE_OPENAI_API_KEY is not set in this process');
if (/["'\s]/.test(key)) throw new Error('AZURE_OPENAI_API_KEY contains quotes or spaces');
console.log(`key ...${key.slice(-4)} for ${process.env.AZURE_OPENAI_ENDPOINT}`); // KEY 1 and KEY 2 both work

// api-key header; baseURL: null so that OPENAI_BASE_URL does not replace AZURE_OPENAI_ENDPOINT
const client = new AzureOpenAI({ baseURL: null, endpoint: process.env.AZURE_OPENAI_ENDPOINT });
try {
  await client.models.list();
  console.log('the key is accepted');
} catch (err) {
  if (!(err instanceof AuthenticationError)) throw err;
  console.error(`401: the key was regenerated or belongs to another resource. ${err.message}`);
  process.exitCode = 1;
}
