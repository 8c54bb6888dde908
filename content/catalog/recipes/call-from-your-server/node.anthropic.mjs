// Keep the key on a server: the page posts its messages to this route, and only the route talks to Anthropic.
import { createServer } from 'node:http';
import Anthropic from '@anthropic-ai/sdk';

const MODEL = 'claude-sonnet-4-6';
const client = new Anthropic(); // ANTHROPIC_API_KEY (and ANTHROPIC_BASE_URL) from the server's environment, never the page's

const server = createServer(async (req, res) => {
  const send = (status, data) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
  if (req.method !== 'POST' || req.url !== '/api/chat') return send(404, { error: 'POST /api/chat' });
  let body = '';
  for await (const chunk of req) body += chunk;
  try {
    const { messages } = JSON.parse(body || '{}');
    const reply = await client.messages.create({ model: MODEL, max_tokens: 1024, messages });
    send(200, { text: reply.content.filter((b) => b.type === 'text').map((b) => b.text).join('') });
  } catch (err) {
    // The API's own status (429, 529...) passes through, so the page can tell a wait from a fix; no answer at all is a
    // 502, a body that is not JSON a 400.
    send(err instanceof Anthropic.APIError ? (err.status ?? 502) : 400, { error: err.message });
  }
});

// Serve the page from this same server, and its fetch('/api/chat', ...) is same-origin: no CORS, no key in the browser.
// Here this process makes that one call itself and stops; a real server keeps listening.
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', async () => {
  const { port } = server.address();
  const res = await fetch(`http://127.0.0.1:${port}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'ping' }] }),
  });
  console.log(res.status, await res.json());
  server.close();
  if (!res.ok) process.exitCode = 1;
});
