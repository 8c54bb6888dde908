/**
 * What `diagnoseError` reads of whatever a program caught: an error thrown by openai-node, @anthropic-ai/sdk,
 * @google/genai or the AI SDK, a `fetch` Response, a Node or undici system error (`code: 'ECONNRESET'`, a
 * `fetch failed` TypeError and its `cause`), a `{ status, headers, body }` object, or text. Pure and total: any
 * value gives facts, nothing throws. The text it builds is what a log would print, so the classifier reads it
 * as it reads a paste.
 */
export interface ErrorFacts {
  /** The error as text: `Class: message` of the error and its causes, the status, request-id and retry headers, the body. */
  text: string;
  /** The response's status, when the value carries one. */
  status: number | null;
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
  requestId: string | null;
  /** The SDK had retried the failure before throwing it (see RetryDecision.sdkRetried). */
  sdkRetried: boolean;
  /** A `fetch` Response whose body was not read (use `diagnoseResponse` to read it). */
  bodyUnread: boolean;
}

type Bag = Record<string, unknown>;

const MAX_CAUSES = 4;
const MAX_BODY = 64 * 1024;
/** The headers worth printing into the text: request ids and the server's wait. */
const TOLD_HEADERS = ['request-id', 'x-request-id', 'x-oneapi-request-id', 'apim-request-id', 'x-ms-request-id', 'cf-ray', 'retry-after-ms', 'retry-after', 'x-ratelimit-reset-requests', 'x-ratelimit-reset-tokens', 'x-should-retry'];
/** Classes of the Stainless-generated SDKs (openai-node, @anthropic-ai/sdk) that are thrown after the SDK's own retries. */
const CONNECTION_ERRORS = new Set(['APIConnectionError', 'APIConnectionTimeoutError']);
/** Statuses those SDKs retry before throwing (sdks.md §4). */
const sdkRetriesStatus = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;

const isBag = (value: unknown): value is Bag => typeof value === 'object' && value !== null;
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const statusOf = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599 ? value : null);

/** Headers as a lower-cased record, from a `Headers` object (or anything with `forEach`), a plain record, or nothing. */
export function headersOf(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (key: unknown, v: unknown) => {
    if (typeof key === 'string' && (typeof v === 'string' || typeof v === 'number')) out[key.toLowerCase()] = String(v);
    else if (typeof key === 'string' && Array.isArray(v)) out[key.toLowerCase()] = v.join(', ');
  };
  try {
    if (isBag(value) && typeof value['forEach'] === 'function' && !Array.isArray(value)) (value['forEach'] as (fn: (v: unknown, k: unknown) => void) => void)((v, k) => put(k, v));
    else if (isBag(value)) for (const [k, v] of Object.entries(value)) put(k, v);
  } catch {
    /* a hostile getter: no headers */
  }
  return out;
}

/** The class name a log would print: the error's own `name`, else its constructor's (openai-node leaves `name` as "Error"). */
function classNameOf(error: Bag): string {
  const name = str(error['name']);
  const ctor = isBag(error) && typeof error.constructor === 'function' ? error.constructor.name : '';
  if (name && name !== 'Error') return name;
  return ctor && ctor !== 'Object' ? ctor : (name ?? 'Error');
}

function bodyText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.slice(0, MAX_BODY);
  if (!isBag(value)) return undefined;
  try {
    return JSON.stringify(value).slice(0, MAX_BODY);
  } catch {
    return undefined;
  }
}

/** The body an SDK error carries: openai-node's `error` is the inner object of `{"error": {...}}`, so it is put back in its envelope. */
function bodyOf(error: Bag): string | undefined {
  const inner = error['error'];
  if (isBag(inner) && !('error' in inner) && inner['type'] !== 'error') return bodyText({ error: inner });
  return bodyText(inner) ?? bodyText(error['responseBody']) ?? bodyText(error['body']) ?? (isBag(error['response']) ? bodyText(error['response']['data']) : undefined);
}

/** The error and what caused it: `cause`, the AI SDK's `lastError`, an AggregateError's first errors. */
function chainOf(value: unknown): Bag[] {
  const chain: Bag[] = [];
  const visit = (v: unknown) => {
    if (!isBag(v) || chain.length >= MAX_CAUSES || chain.includes(v)) return;
    chain.push(v);
    visit(v['lastError']);
    visit(v['cause']);
    if (Array.isArray(v['errors'])) v['errors'].slice(0, 2).forEach(visit);
  };
  visit(value);
  return chain;
}

function isResponse(value: Bag): boolean {
  return typeof value['status'] === 'number' && typeof value['ok'] === 'boolean' && isBag(value['headers']) && typeof value['clone'] === 'function';
}

function factsOfResponse(response: Bag, body: string | undefined): ErrorFacts {
  const status = statusOf(response['status']);
  const headers = headersOf(response['headers']);
  const lines = [`HTTP ${status ?? ''} ${str(response['statusText']) ?? ''}`.trim(), ...headerLines(headers)];
  if (body) lines.push(body.slice(0, MAX_BODY));
  return { text: lines.join('\n'), status, headers, requestId: requestIdOf(headers), sdkRetried: false, bodyUnread: body === undefined };
}

const headerLines = (headers: Record<string, string>) => TOLD_HEADERS.filter((h) => headers[h] !== undefined).map((h) => `${h}: ${headers[h]}`);
const requestIdOf = (headers: Record<string, string>): string | null => headers['request-id'] ?? headers['x-request-id'] ?? headers['x-oneapi-request-id'] ?? headers['apim-request-id'] ?? null;

/** Reads a caught value; `body` is the text of a Response's body, when the caller read it. A value whose getters throw gives no facts. */
export function readError(value: unknown, body?: string): ErrorFacts {
  try {
    return readValue(value, body);
  } catch {
    return { text: '', status: null, headers: {}, requestId: null, sdkRetried: false, bodyUnread: false };
  }
}

function readValue(value: unknown, body: string | undefined): ErrorFacts {
  if (typeof value === 'string') return { text: value, status: null, headers: {}, requestId: null, sdkRetried: false, bodyUnread: false };
  if (!isBag(value)) return { text: value === undefined || value === null ? '' : String(value), status: null, headers: {}, requestId: null, sdkRetried: false, bodyUnread: false };
  if (isResponse(value)) return factsOfResponse(value, body);

  const chain = chainOf(value);
  const lines: string[] = [];
  let status: number | null = null;
  let headers: Record<string, string> = {};
  let requestId: string | null = null;
  let sdkRetried = false;
  chain.forEach((error, i) => {
    const name = classNameOf(error);
    const message = str(error['message']) ?? '';
    const code = str(error['code']) ?? (typeof error['code'] === 'number' ? String(error['code']) : undefined);
    lines.push(`${i === 0 ? '' : 'Caused by: '}${name}: ${message}`.trimEnd());
    if (code && !message.includes(code)) lines.push(`code: ${code}`);
    const ownStatus = statusOf(error['status']) ?? statusOf(error['statusCode']) ?? (isBag(error['response']) ? statusOf(error['response']['status']) : null) ?? (isBag(error['$metadata']) ? statusOf(error['$metadata']['httpStatusCode']) : null);
    const ownHeaders = headersOf(error['headers'] ?? error['responseHeaders'] ?? (isBag(error['response']) ? error['response']['headers'] : undefined));
    if (status === null && ownStatus !== null) {
      status = ownStatus;
      headers = ownHeaders;
      lines.push(`status: ${ownStatus}`, ...headerLines(ownHeaders));
      const stainless = 'headers' in error && 'error' in error;
      if (stainless && sdkRetriesStatus(ownStatus) && ownHeaders['x-should-retry'] !== 'false') sdkRetried = true;
    }
    const body = bodyOf(error);
    if (body && !message.includes(body)) lines.push(body);
    requestId ??= str(error['requestID']) ?? str(error['request_id']) ?? requestIdOf(ownHeaders);
    if (CONNECTION_ERRORS.has(name) || name === 'AI_RetryError' || name === 'RetryError') sdkRetried = true;
  });
  return { text: lines.join('\n'), status, headers, requestId, sdkRetried, bodyUnread: false };
}
