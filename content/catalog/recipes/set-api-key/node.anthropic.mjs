// Check the Anthropic credential this process actually sees, then test it with one free request.
import Anthropic, { AuthenticationError } from '@anthropic-ai/sdk';

const name = ['ANTHROPIC_API_KEY', 'ANTHROPIC_AUTH_TOKEN'].find((n) => process.env[n]);
if (!name) throw new Error('neither ANTHROPIC_API_KEY nor ANTHROPIC_AUTH_TOKEN is set in this process');
const key = process.env[name].trimEnd(); // fetch drops a trailing newline from header values
if (/["'\s]/.test(key)) throw new Error(`${name} contains quotes or spaces; set it again without them`);
console.log(`${name} ${key.slice(0, 10)}...${key.slice(-4)} (${key.length} chars)`);

const client = new Anthropic(); // @anthropic-ai/sdk 1.x sends either one as Authorization: Bearer
try {
  await client.models.list({ limit: 1 }); // GET /v1/models: no tokens used
  console.log('the key is accepted at', client.baseURL);
} catch (err) {
  if (!(err instanceof AuthenticationError)) throw err;
  console.error(`401 from ${client.baseURL}: revoked, mistyped, or a key of another service. ${err.message}`);
  process.exitCode = 1;
}
