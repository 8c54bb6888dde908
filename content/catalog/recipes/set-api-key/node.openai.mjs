// Check the key this process actually sees, then test it with one request that uses no tokens.
import OpenAI, { AuthenticationError } from 'openai';

const key = process.env.OPENAI_API_KEY?.trimEnd(); // fetch drops a trailing newline from header values
if (!key) throw new Error('OPENAI_API_KEY is not set in this process (new terminal? IDE run configuration? service?)');
// quotes or a leading space would reach the server as part of the key: 401
if (/["'\s]/.test(key)) throw new Error('OPENAI_API_KEY contains quotes or spaces; set it again without them');
console.log(`key ${key.slice(0, 7)}...${key.slice(-4)} (${key.length} chars)`); // compare with the console

const client = new OpenAI(); // reads OPENAI_API_KEY and OPENAI_BASE_URL
try {
  await client.models.list();
  console.log('the key is accepted at', client.baseURL);
} catch (err) {
  if (!(err instanceof AuthenticationError)) throw err;
  console.error(`401 from ${client.baseURL}: revoked, mistyped, or a key of another service. ${err.message}`);
  process.exitCode = 1;
}
