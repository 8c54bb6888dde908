import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mockBodies, type Dialect } from './mock-bodies';
import { toolTurn } from './mock-tool-turns';

/**
 * A local stand-in for the OpenAI, Azure OpenAI, Anthropic and Gemini APIs (and a Statuspage), enough for the
 * recipes' Python and Node files to run their main path with the real SDKs. The API key chooses the scenario: a key
 * containing `flaky` gets a 429 on its first request, then normal answers. Every request is counted per key. A request
 * that declares tools gets a thinking model's tool call, and its follow-up is checked as the real API checks it
 * (`mock-tool-turns.ts`).
 */
export interface MockApi {
  url: string;
  requestsFor: (key: string) => number;
  close: () => Promise<void>;
}

function keyOf(req: IncomingMessage, url: URL): string {
  const h = req.headers;
  const bearer = /^Bearer\s+(.+)$/i.exec(String(h['authorization'] ?? ''))?.[1];
  return String(bearer ?? h['x-api-key'] ?? h['api-key'] ?? h['x-goog-api-key'] ?? url.searchParams.get('key') ?? '');
}

/** Gemini's OpenAI-compatible endpoint (`/v1beta/openai/…`) speaks the OpenAI dialect. */
const GEMINI_OPENAI = /^\/v1beta\/openai(?=\/)/;

/**
 * Gemini takes one credential per request: a key as `x-goog-api-key`, as `key=` or as a Bearer token, and answers 400
 * to two at once (NVIDIA/NemoClaw#1960, NousResearch/hermes-agent#7893).
 */
function geminiCredentials(req: IncomingMessage, url: URL): number {
  const h = req.headers;
  return [/^Bearer\s/i.test(String(h['authorization'] ?? '')), Boolean(h['x-goog-api-key']), url.searchParams.has('key')].filter(Boolean).length;
}

function dialectOf(req: IncomingMessage, path: string): Dialect {
  if (GEMINI_OPENAI.test(path)) return 'openai';
  if (req.headers['x-goog-api-key'] || /:(generateContent|streamGenerateContent|countTokens)$/.test(path) || path.startsWith('/v1beta/')) return 'gemini';
  if (req.headers['anthropic-version'] || /\/v1\/messages(\/count_tokens)?$/.test(path)) return 'anthropic';
  return 'openai';
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': 'req_mock_0001', 'request-id': 'req_mock_0001', ...headers });
  res.end(JSON.stringify(body));
}

function stream(res: ServerResponse, events: string[]): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'x-request-id': 'req_mock_0001', 'request-id': 'req_mock_0001' });
  for (const event of events) res.write(event);
  res.end();
}

export async function startMockApi(): Promise<MockApi> {
  const counts = new Map<string, number>();
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://mock.local');
      const path = url.pathname.replace(/\/+$/, '');
      const key = keyOf(req, url);
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      let body: Record<string, unknown> = {};
      try {
        body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      } catch {
        return send(res, 400, { error: { message: 'We could not parse the JSON body of your request.', type: 'invalid_request_error', code: null } });
      }
      if (path.endsWith('/api/v2/status.json')) return send(res, 200, { status: { indicator: 'none', description: 'All Systems Operational' } });
      const dialect = dialectOf(req, path);
      if ((dialect === 'gemini' || GEMINI_OPENAI.test(path)) && geminiCredentials(req, url) > 1) {
        return send(res, 400, { error: { code: 400, message: 'Multiple authentication credentials received. Please pass only one.', status: 'INVALID_ARGUMENT' } });
      }
      const bodies = mockBodies(dialect);
      if (key.includes('flaky') && count === 1) return send(res, 429, bodies.rateLimited, { 'retry-after': '0', 'retry-after-ms': '10' });
      const turn = toolTurn(dialect, path, body);
      if (turn) return send(res, turn.status, turn.json);
      const answer = bodies.answer(req.method ?? 'GET', path, url, body);
      if (!answer) return send(res, 404, bodies.notFound(path));
      if ('events' in answer) return stream(res, answer.events);
      return send(res, 200, answer.json);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requestsFor: (key) => counts.get(key) ?? 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
