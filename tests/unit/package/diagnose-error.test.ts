import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Anthropic from '@anthropic-ai/sdk';
import { createOpenAI } from '@ai-sdk/openai';
import { GoogleGenAI } from '@google/genai';
import { generateText } from 'ai';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify, diagnoseError, diagnoseResponse, entryUrl, lookupError } from '../../../src/package';

/**
 * `diagnoseError` on what the real SDKs throw: each client calls a local server that answers as the provider does
 * (bodies and headers from ../shared/reference/providers.md), so the error objects are the SDKs' own, retries
 * included. The expectations are the server's answers, not the classifier's.
 */

interface Reply {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

const REPLIES: Record<string, Reply> = {
  '/openai-429/chat/completions': {
    status: 429,
    headers: { 'x-request-id': 'req_5c2f0e0a9b8d7c6e5f4a3b2c1d0e9f8a', 'retry-after-ms': '1500' },
    body: { error: { message: 'Rate limit reached for gpt-4o in organization org-AbCdEf on tokens per min (TPM): Limit 30000, Used 30000, Requested 1200. Please try again in 2.4s.', type: 'tokens', param: null, code: 'rate_limit_exceeded' } },
  },
  '/openai-quota/chat/completions': {
    status: 429,
    headers: { 'x-request-id': 'req_0a1b2c3d4e5f60718293a4b5c6d7e8f9' },
    body: { error: { message: 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' } },
  },
  '/openai-401/chat/completions': {
    status: 401,
    body: { error: { message: 'Incorrect API key provided: sk-proj-********************abcd. You can find your API key at https://platform.openai.com/account/api-keys.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } },
  },
  '/anthropic-529/v1/messages': {
    status: 529,
    headers: { 'request-id': 'req_011CSHoEeqs5C35K2UUqR7Fy', 'x-should-retry': 'true' },
    body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' }, request_id: 'req_011CSHoEeqs5C35K2UUqR7Fy' },
  },
  '/anthropic-credit/v1/messages': {
    status: 400,
    headers: { 'request-id': 'req_011CTXrs3qExmkrnV6SxS6tk' },
    body: { type: 'error', error: { type: 'invalid_request_error', message: 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.' } },
  },
  '/relay-429/chat/completions': {
    status: 429,
    headers: { 'retry-after': 'DATE' },
    body: { error: { message: '当前分组上游负载已饱和，请稍后再试 (request id: 20251202093015123456789abcdefgh)', type: 'new_api_error', param: '', code: null } },
  },
  // Any path under /gemini: the API version in the path is the SDK's choice.
  '/gemini': {
    status: 429,
    body: { error: { code: 429, message: 'You exceeded your current quota, please check your plan and billing details.', status: 'RESOURCE_EXHAUSTED' } },
  },
};

let server: Server;
let base = '';
let hits: Record<string, number> = {};
const RETRY_AT = Date.UTC(2026, 11, 2, 12, 0, 30);
const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    hits[path] = (hits[path] ?? 0) + 1;
    const reply = REPLIES[path] ?? REPLIES[`/${path.split('/')[1]}`] ?? { status: 404, body: { error: { message: `no route ${path}` } } };
    const headers = Object.fromEntries(Object.entries(reply.headers ?? {}).map(([k, v]) => [k, v === 'DATE' ? new Date(RETRY_AT).toUTCString() : v]));
    req.resume();
    req.on('end', () => {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function thrown(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (error) {
    return error;
  }
  throw new Error('the call did not fail');
}

const openai = (route: string, maxRetries = 0) => new OpenAI({ apiKey: 'sk-test-not-a-key', baseURL: `${base}/${route}`, maxRetries });
const chat = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'hi' }] };

describe('diagnoseError on errors the SDKs throw', () => {
  it('openai-node RateLimitError after its retries: rate limit, the server wait from retry-after-ms, the request id', async () => {
    hits = {};
    const error = await thrown(() => openai('openai-429', 1).chat.completions.create(chat));
    expect((error as Error).constructor.name).toBe('RateLimitError');
    expect(hits['/openai-429/chat/completions']).toBe(2);
    const d = diagnoseError(error);
    expect(d).toMatchObject({ kind: 'rate_limit', status: 429, requestId: 'req_5c2f0e0a9b8d7c6e5f4a3b2c1d0e9f8a', provider: 'openai' });
    expect(d.retry).toMatchObject({ should: true, afterMs: 1500, sdkRetried: true });
    expect(d.url).toMatch(/^https:\/\/[^/]+\/status\/429\/#/);
  });

  it('openai-node insufficient_quota 429: billing, do not retry, although the SDK did', async () => {
    const d = diagnoseError(await thrown(() => openai('openai-quota').chat.completions.create(chat)));
    expect(d).toMatchObject({ kind: 'billing', status: 429, entry: 'openai-insufficient-quota' });
    expect(d.retry).toMatchObject({ should: false, afterMs: null, sdkRetried: true });
  });

  it('openai-node AuthenticationError: auth, not retried by the SDK, not to retry', async () => {
    const d = diagnoseError(await thrown(() => openai('openai-401', 2).chat.completions.create(chat)));
    expect(d).toMatchObject({ kind: 'auth', status: 401, entry: 'openai-invalid-api-key' });
    expect(d.retry).toMatchObject({ should: false, sdkRetried: false });
    expect(JSON.stringify(d)).not.toContain('abcd. You');
  });

  it('@anthropic-ai/sdk 529 overloaded_error: retry, the request id from the header', async () => {
    const client = new Anthropic({ apiKey: 'sk-ant-test', baseURL: `${base}/anthropic-529`, maxRetries: 0 });
    const d = diagnoseError(await thrown(() => client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })));
    expect(d).toMatchObject({ kind: 'overloaded', status: 529, requestId: 'req_011CSHoEeqs5C35K2UUqR7Fy', provider: 'anthropic' });
    expect(d.retry.should).toBe(true);
    expect(d.retry.sdkRetried).toBe(true);
  });

  it('@anthropic-ai/sdk credit balance 400: billing, fix first', async () => {
    const client = new Anthropic({ apiKey: 'sk-ant-test', baseURL: `${base}/anthropic-credit`, maxRetries: 0 });
    const d = diagnoseError(await thrown(() => client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })));
    expect(d).toMatchObject({ kind: 'billing', status: 400 });
    expect(d.retry).toMatchObject({ should: false, sdkRetried: false });
  });

  it('@google/genai ApiError 429 RESOURCE_EXHAUSTED: the status from the error object', async () => {
    const client = new GoogleGenAI({ apiKey: 'AIza-test', httpOptions: { baseUrl: `${base}/gemini` } });
    const error = await thrown(() => client.models.generateContent({ model: 'gemini-2.5-flash', contents: 'hi' }));
    expect((error as Error).name).toBe('ApiError');
    const d = diagnoseError(error);
    expect(d.status).toBe(429);
    expect(['rate_limit', 'billing']).toContain(d.kind);
  });

  it('AI SDK RetryError: the last attempt decides, and the SDK retried', async () => {
    const model = createOpenAI({ apiKey: 'sk-test', baseURL: `${base}/openai-429` }).chat('gpt-4o');
    const error = await thrown(() => generateText({ model, prompt: 'hi', maxRetries: 1 }));
    const d = diagnoseError(error);
    expect(d).toMatchObject({ kind: 'rate_limit', status: 429 });
    expect(d.retry).toMatchObject({ should: true, sdkRetried: true });
  });

  it('a relay 429 read from a fetch Response: the body, and a retry-after HTTP date measured from now', async () => {
    const response = await fetch(`${base}/relay-429/chat/completions`, { method: 'POST', body: '{}' });
    const d = await diagnoseResponse(response, { now: NOW });
    expect(d).toMatchObject({ kind: 'rate_limit', status: 429 });
    expect(d.retry).toMatchObject({ should: true, afterMs: 30_000, sdkRetried: false });
    expect(await response.text()).toContain('new_api_error');
  });

  it('a fetch Response whose body is not read still gives the status and headers', async () => {
    const response = await fetch(`${base}/openai-401/chat/completions`);
    const d = diagnoseError(response);
    expect(d.status).toBe(401);
    expect(d.kind).toBe('auth');
    expect(d.retry.should).toBe(false);
  });

  it('a refused connection (undici "fetch failed", cause ECONNREFUSED): connection, not retried until something listens there', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await thrown(() => fetch(`http://127.0.0.1:${port}/`));
    expect((error as Error).message).toBe('fetch failed');
    const d = diagnoseError(error);
    expect(d.kind).toBe('connection');
    expect(d.status).toBeNull();
    expect(d.retry.should).toBe(false);
  });

  it('openai-node APIConnectionError over a refused connection: the SDK retries it, and a loop that owns the retries retries it too', async () => {
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: 'http://127.0.0.1:9/v1', maxRetries: 0 });
    const error = await thrown(() => client.chat.completions.create(chat));
    expect((error as Error).constructor.name).toBe('APIConnectionError');
    const d = diagnoseError(error);
    expect(d.kind).toBe('connection');
    // The same words pasted say to fix the path first: the SDK had retried them before printing.
    expect(classify('APIConnectionError: Connection error.').retryable).toBe(false);
    expect(d.retry).toMatchObject({ should: true, sdkRetried: true });
  });

  it('never throws, whatever it is given', () => {
    const hostile = { get message(): string { throw new Error('boom'); } };
    for (const value of [undefined, null, 0, NaN, Symbol('x'), () => 1, [], {}, hostile, new Proxy({}, { get: () => { throw new Error('trap'); } })]) {
      expect(() => diagnoseError(value)).not.toThrow();
      expect(diagnoseError(value).retry.should).toBe(false);
    }
  });
});

describe('entryUrl and lookupError', () => {
  it('links an entry in both languages and answers null for an id the catalogue lacks', () => {
    expect(entryUrl('openai-insufficient-quota')).toMatch(/^https:\/\/[^/]+\/status\/429\/#openai-insufficient-quota$/);
    expect(entryUrl('openai-insufficient-quota', 'zh-cn')).toMatch(/\/zh-cn\/status\/429\/#openai-insufficient-quota$/);
    expect(entryUrl('no-such-entry')).toBeNull();
  });

  it('finds entries by id, by status and by message', () => {
    expect(lookupError('openai-insufficient-quota')).toMatchObject({ by: 'id', entries: [{ id: 'openai-insufficient-quota' }] });
    const by429 = lookupError('429');
    expect(by429.by).toBe('status');
    expect(by429.entries.every((e) => e.statuses.includes(429))).toBe(true);
    expect(lookupError('Your credit balance is too low to access the Anthropic API.').entries[0]?.kind).toBe('billing');
    expect(lookupError('zzzz qqqq').by).toBe('none');
  });
});
