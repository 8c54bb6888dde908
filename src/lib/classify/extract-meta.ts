import { MALFORMED_URL, SETTING_NOTE, ZERO_QUOTA, type Evidence } from './types';

/** Request ids, retry delays, curl exit codes and exception classes stated in a paste. */

const REQUEST_ID_PATTERNS: readonly RegExp[] = [
  /\b(req_[A-Za-z0-9]{10,64})\b/,
  /\brequest[-_ ]?id["']?\s{0,2}[:=]\s{0,2}["']?([A-Za-z0-9][A-Za-z0-9_.:-]{5,80})/i,
  /\bx-(?:oneapi-|upstream-)?request-id["']?\s{0,2}[:=]\s{0,2}["']?([A-Za-z0-9][A-Za-z0-9_.:-]{5,80})/i,
  /\(request id: ([A-Za-z0-9][A-Za-z0-9_.:-]{5,80})\)/i,
  /\brequestID["']?\s{0,2}[:=]\s{0,2}["']?([A-Za-z0-9][A-Za-z0-9_.:-]{5,80})/,
  /\bRequest ID:? ([A-Za-z0-9][A-Za-z0-9_.:-]{5,80})/i,
  /\b(?:apim-request-id|x-ms-request-id|cf-ray|X-Generation-Id)["']?\s{0,2}[:=]\s{0,2}["']?([A-Za-z0-9][A-Za-z0-9_.:-]{5,80})/i,
  /\bCloudflare Ray ID:?\s{0,8}(?:<[^>]{0,40}>\s{0,4}){0,2}([a-f0-9]{12,32})\b/i,
  /请求\s?ID[:：]\s{0,2}([A-Za-z0-9][A-Za-z0-9_.:-]{5,80})/,
];

/**
 * The shapes request ids take at the providers and gateways the catalogue covers. Whatever follows a request-id
 * label in any other shape (a key pasted in the wrong place, a forged "SEND-YOUR-KEY") is never offered to the
 * reader as the id to give support.
 */
const REQUEST_ID_SHAPES: readonly RegExp[] = [
  /^req_[A-Za-z0-9]{10,64}$/, // Anthropic, OpenAI
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // UUID: Azure, Bedrock, DashScope, Copilot…
  /^[0-9a-f]{12,64}$/i, // hex: Volcengine Ark, Cloudflare Ray, many gateways
  /^[0-9a-f]{16}-[A-Z]{3}$/, // Cloudflare Ray with its data centre
  /^\d{8,24}[0-9A-Za-z]{0,40}$/, // one-api / new-api, Zhipu, Qianfan: a timestamp, then a suffix
  /^gen-\d{6,12}-[A-Za-z0-9]{8,40}$/, // OpenRouter generation id
  /^chatcmpl-[A-Za-z0-9]{8,64}$/, // OpenAI-compatible completion id, quoted by relays as the request id
];

export const isRequestIdShape = (id: string): boolean => REQUEST_ID_SHAPES.some((shape) => shape.test(id));

export function extractRequestId(text: string): { requestId: string | null; evidence: Evidence[] } {
  for (const pattern of REQUEST_ID_PATTERNS) {
    const m = pattern.exec(text);
    if (m?.[1]) {
      let id = m[1];
      while (id.length > 0 && '.:-'.includes(id[id.length - 1]!)) id = id.slice(0, -1);
      if (isRequestIdShape(id)) return { requestId: id, evidence: [{ type: 'request-id', text: m[0].slice(0, 120) }] };
    }
  }
  return { requestId: null, evidence: [] };
}

const DURATION_UNITS: Record<string, number> = { ms: 0.001, s: 1, sec: 1, second: 1, seconds: 1, m: 60, min: 60, minute: 60, minutes: 60, h: 3600, hour: 3600, hours: 3600, day: 86400, days: 86400 };

function parseDuration(amount: string, unit: string | undefined): number {
  return Number(amount) * (DURATION_UNITS[(unit ?? 's').toLowerCase()] ?? 1);
}

/** No server asks for a longer wait; a bigger number is a forged or garbled value, not advice to repeat. */
const MAX_TRUSTED_WAIT_SECONDS = 7 * 24 * 3600;

/** The wait the server asked for: `retry-after-ms`, `retry-after`, Gemini `retryDelay`, or "retry after N seconds". */
export function extractRetryAfter(text: string): { seconds: number | null; evidence: Evidence[] } {
  const found = statedRetryAfter(text);
  return found.seconds !== null && found.seconds > MAX_TRUSTED_WAIT_SECONDS ? { seconds: null, evidence: [] } : found;
}

/**
 * A stated wait too long to report as one (Copilot's "Please wait 541 hours 28 minutes"): not a time to repeat the
 * request after, but it says the limit will not lift by waiting a little: a cap.
 */
export function extractOverlongWait(text: string): Evidence[] {
  const found = statedRetryAfter(text);
  return found.seconds !== null && found.seconds > MAX_TRUSTED_WAIT_SECONDS ? found.evidence.map((e) => ({ ...e, note: 'wait longer than a week' })) : [];
}

function statedRetryAfter(text: string): { seconds: number | null; evidence: Evidence[] } {
  const ms = /\bretry-after-ms["']?\s{0,2}[:=]\s{0,2}["']?(\d{1,9}(?:\.\d{1,6})?)/i.exec(text);
  if (ms) return { seconds: Number(ms[1]) / 1000, evidence: [{ type: 'header', text: ms[0] }] };
  const header = /\bretry-after["']?\s{0,2}[:=]\s{0,2}["']?(\d{1,9}(?:\.\d{1,6})?)\b/i.exec(text);
  if (header) return { seconds: Number(header[1]), evidence: [{ type: 'header', text: header[0] }] };
  const delay = /\bretryDelay["']?\s{0,2}:\s{0,2}["']?(\d{1,9}(?:\.\d{1,9})?)(ms|s)\b/i.exec(text);
  if (delay) return { seconds: parseDuration(delay[1]!, delay[2]), evidence: [{ type: 'header', text: delay[0] }] };
  const prose =
    /\b(?:retry after|try again in|retry in|wait)\s{1,3}~?(\d{1,6}(?:\.\d{1,6})?)\s{0,2}(ms|s|sec|seconds?|m|min|minutes?|hours?|days?)\b/i.exec(text) ??
    /(?:请在|请于)\s{0,2}(\d{1,6})\s{0,2}(秒)/.exec(text);
  if (prose && !/Retrying in \d/.test(prose[0])) {
    const unit = prose[2] === '秒' ? 's' : prose[2];
    return { seconds: parseDuration(prose[1]!, unit), evidence: [{ type: 'header', text: prose[0] }] };
  }
  // A wait written as a clock duration (Hugging Face's ZeroGPU quota: "retry in 0:09:48").
  const clock = /\b(?:retry in|try again in)\s{1,3}(\d{1,2}):([0-5]\d):([0-5]\d)\b/i.exec(text);
  if (clock) return { seconds: Number(clock[1]) * 3600 + Number(clock[2]) * 60 + Number(clock[3]), evidence: [{ type: 'header', text: clock[0] }] };
  return { seconds: null, evidence: [] };
}

/** A reset that starts with a duration and ends there (`5s.`, `2h24m55s `), not a clock time (`10am`, `12:30`). */
const LEADING_DURATION = /^\s{0,2}(\d{1,4}\s?h(?:\s?\d{1,2}\s?m)?(?:\s?\d{1,2}\s?s)?|\d{1,4}\s?m(?:in)?(?:\s?\d{1,2}\s?s)?|\d{1,6}(?:\.\d{1,3})?\s?s)(?![\w:])/i;

/**
 * When a capped limit resets, as the paste says it (`resets 3pm (Asia/Shanghai)`, `reset at 2026-12-03 00:00 UTC`,
 * `X-RateLimit-Reset: 1764547200000`, `将于 … 重置`); the text as written, or null.
 */
export function extractReset(text: string): { resetAt: string | null; evidence: Evidence[] } {
  const m =
    /\bcome back in\s{1,2}(\d{1,4}\s?h(?:\s?\d{1,2}\s?m)?|\d{1,4}\s?min(?:utes)?)\b/i.exec(text) ??
    /\bresets?\s{1,2}(?:automatically\s{1,2})?(?:at\s{1,2}|on\s{1,2}|in\s{1,2}|after\s{1,2})?((?:\d|tomorrow|midnight)[^\n,;"'`)]{0,40})/i.exec(text) ??
    /\bx-ratelimit-reset["']?\s{0,2}[:=]\s{0,2}["']?(\d{10,13})/i.exec(text) ??
    /(?:将于|将在)([^，。\n将]{2,34}?)重置/.exec(text);
  if (!m?.[1]) return { resetAt: null, evidence: [] };
  // A duration ends the reset (`reset after 5s.. Retrying after 6173ms...`: 5s).
  let raw = (LEADING_DURATION.exec(m[1])?.[1] ?? m[1]).trim().replace(/[.。]$/, '');
  // A time zone in brackets (`resets 4pm (Europe/Paris)`) keeps its closing bracket, which the match stops before.
  const open = raw.lastIndexOf('(');
  if (open >= 0 && !raw.includes(')', open)) raw = text[m.index + m[0].length] === ')' ? `${raw})` : raw.slice(0, open).trimEnd();
  // An epoch time (seconds or milliseconds) reads better as a UTC date.
  const epoch = /^\d{10,13}$/.test(raw) ? Number(raw) * (raw.length === 10 ? 1000 : 1) : null;
  const resetAt = epoch !== null ? `${new Date(epoch).toISOString().slice(0, 16).replace('T', ' ')} UTC` : raw;
  return { resetAt, evidence: [{ type: 'header', text: m[0].slice(0, 120), note: 'limit resets' }] };
}

/** A reset written as a duration (`8h44m7s`, `2s`, `90 s`), in seconds; null for a clock time or a date. */
export function resetDurationSeconds(resetAt: string | null): number | null {
  const m = resetAt === null ? null : /^(?:(\d{1,4})\s?h)?\s?(?:(\d{1,4})\s?m(?:in)?)?\s?(?:(\d{1,6}(?:\.\d{1,3})?)\s?s(?:ec(?:onds?)?)?)?$/i.exec(resetAt);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** curl's exit code (`curl: (28) ...`), or 0 with `000` when only `-w "%{http_code}"` output shows no response. */
export function extractCurlExit(text: string): { exitCode: number | null; evidence: Evidence[] } {
  // Quoted up to the end of curl's own sentence: whatever follows on the line is not curl's and is not echoed as evidence.
  const m = /\bcurl: \((\d{1,3})\)(?:[^\n.]|\.(?=\S)){0,160}/.exec(text);
  if (m) return { exitCode: Number(m[1]), evidence: [{ type: 'exit-code', text: m[0] }] };
  return { exitCode: null, evidence: [] };
}

// A class name ends where a message, a repr or a line begins: `openai.RateLimitError: …`, `… raised AuthenticationError>`
// (tenacity's RetryError names the exception its last attempt raised).
const EXCEPTION = /\b[A-Z]\w{0,60}(?:Error|Exception|Timeout|Exhausted)(?=:|\s\(| \[|\)|,|>|\r?\n|\s*$)/g;
const WORD_CHAR = /\w/;

/** The dotted module path written right before a class name (`openai.`, `google.genai.errors.`), up to four parts. */
function modulePrefix(text: string, at: number): string {
  let start = at;
  for (let parts = 0; parts < 4 && text[start - 1] === '.'; parts++) {
    let i = start - 1;
    while (i > 0 && start - 1 - i < 41 && WORD_CHAR.test(text[i - 1]!)) i--;
    if (i === start - 1 || !/[a-z_]/.test(text[i]!)) break;
    start = i;
  }
  return text.slice(start, at);
}

/** Exception or error class names with their module, last first (a traceback ends with the one that reached the user). */
export function extractExceptions(text: string): string[] {
  const names: string[] = [];
  EXCEPTION.lastIndex = 0;
  let count = 0;
  for (let m = EXCEPTION.exec(text); m !== null && count < 500; m = EXCEPTION.exec(text), count++) {
    const name = modulePrefix(text, m.index) + m[0];
    if (!names.includes(name)) names.push(name);
  }
  return names.reverse();
}

/**
 * A per-day limit named in the paste: a Google quota id (`GenerateRequestsPerDayPerProjectPerModel-FreeTier`), or
 * OpenAI's and Groq's `requests per day (RPD)` / `tokens per day (TPD)`, Moonshot's `TPD rate limit`, Anthropic's
 * `daily rate limit`, Gemini CLI's `reached your daily gemini-2.5-pro quota limit`, a free API's `limit of messages
 * per 24 hours`, a Chinese 每日限制 or 明天再试 (try again tomorrow). A rate limit on it lasts until the daily reset.
 */
export function extractDailyLimit(text: string): Evidence[] {
  const at = text.indexOf('PerDay');
  if (at !== -1) {
    // The whole quota id around it, as evidence.
    let start = at;
    let end = at + 'PerDay'.length;
    while (start > 0 && at - start < 40 && /[A-Za-z-]/.test(text[start - 1]!)) start--;
    while (end < text.length && end - at < 60 && /[A-Za-z-]/.test(text[end]!)) end++;
    return [{ type: 'signal', text: text.slice(start, end), note: 'daily limit' }];
  }
  const m =
    /\b(?:requests|tokens) per day\b|\b\d[\d,.]{0,12} (?:requests |tokens )?per day\b|\bper 24 hours\b|\bdaily (?:quota|request limit|rate limit|limit)\b|\breached your daily\b|\ball of today[’']s\b/i.exec(text) ??
    /\b(?:RPD|TPD)\b/.exec(text) ??
    /每日(?:限制|额度|配额|限额|上限)|每天的?(?:额度|配额|限额|上限)|明天再试/.exec(text);
  return m ? [{ type: 'signal', text: m[0], note: 'daily limit' }] : [];
}

/**
 * A per-month or per-week cap named in the paste (Amazon Q's "Maximum … reached for this month.", "monthly usage
 * quota", "monthly spend limit", 本月额度, "you've reached your weekly usage limit", 每周额度): it lifts at the reset
 * or with a plan change, not after a short wait.
 */
export function extractPlanPeriodLimit(text: string): Evidence[] {
  const m = /\breached for this month\b|\b(?:monthly|weekly) (?:usage )?(?:quota|limit|spend limit)s?\b|本月(?:的)?(?:额度|配额|限额|用量)|每[月周](?:的)?(?:额度|配额|限额|上限|用量)/i.exec(text);
  return m ? [{ type: 'signal', text: m[0], note: 'plan period limit' }] : [];
}

/**
 * A quota of zero (Google's `limit: 0`, `quota_limit_value: "0"`): the project has no allowance at all for that model
 * or tier, so no wait helps; a plan, billing or model must change.
 */
export function extractZeroQuota(text: string): Evidence[] {
  const m =
    /\blimit: 0(?![\d.])/i.exec(text) ??
    /quota_limit_value["']?\s{0,8}(?:value:\s{0,2})?["']0["']/.exec(text) ??
    // The same in JSON, as it is or quoted inside another message: `\"quota_limit_value\":\"0\"`.
    /quota_limit_value\\?["']\s{0,2}:\s{0,2}\\?["']0\\?["']/.exec(text) ??
    // Gemini's 429 for a preview model on the free tier: "… doesn't have a free quota tier."
    /\bdoes(?:n[’']t| not) have a free quota tier\b/i.exec(text);
  return m ? [{ type: 'signal', text: m[0], note: ZERO_QUOTA }] : [];
}

/**
 * A rate-limit bucket reported empty in pasted headers (`anthropic-ratelimit-requests-remaining: 0`,
 * `x-ratelimit-remaining-tokens: 0`): the request hit a rate limit even when no message says so.
 */
export function extractEmptyRateLimitBucket(text: string): Evidence[] {
  const m = /\b(?:anthropic-ratelimit-[a-z-]{0,30}remaining|x-ratelimit-remaining-[a-z_-]{1,30})["']?\s{0,2}[:=]\s{0,2}["']?0["']?(?![\d.])/i.exec(text);
  return m ? [{ type: 'header', text: m[0], note: 'rate-limit bucket empty' }] : [];
}

/**
 * A connection that failed to this machine's own address (`localhost:11434`, `127.0.0.1:1234`, Docker's
 * `host.docker.internal`), to a private network's address (`192.168.0.20:11434`, WSL's `172.23.16.1`), or to a
 * self-hosted model server the paste names (Ollama, LM Studio, llama.cpp, vLLM): a
 * server, relay or proxy that is not running, listens elsewhere, or is too slow for the client's timeout. Unlike a
 * remote host's hiccup, it fails the same way until it is started, the address is fixed or the timeout raised.
 */
export function extractLocalTarget(text: string): Evidence[] {
  const m = /\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal|(?:10|192\.168|172\.(?:1[6-9]|2\d|3[01]))(?:\.\d{1,3}){2,3})(?::\d{2,5})?\b/i.exec(text);
  if (m) return [{ type: 'signal', text: m[0], note: SETTING_NOTE.local }];
  // The server's name, also as a class prefix (LiteLLM's `OllamaException`, `Hosted_vllmException`).
  const server = /\b(?:[Oo]llama|OLLAMA|LM ?Studio|lmstudio|llama\.cpp|llama-server|vLLM|vllm|VLLM)(?![a-z])/.exec(text);
  return server ? [{ type: 'signal', text: server[0], note: SETTING_NOTE.selfHosted }] : [];
}

/**
 * A refused connection named anywhere in the paste (`ECONNREFUSED`, `Connection refused`, Windows' "actively refused",
 * 积极拒绝): nothing listens at that address, or a firewall answers for it; the same request is refused again.
 */
export function extractRefusal(text: string): Evidence[] {
  const m = /\bECONNREFUSED\b|\bconnection refused\b|\bactively refused\b|积极拒绝/i.exec(text);
  return m ? [{ type: 'signal', text: m[0], note: SETTING_NOTE.refused }] : [];
}

/**
 * A host the network has no route to (`No route to host`, `EHOSTUNREACH`): a firewall, a VPN or a missing IPv6 route,
 * not a passing hiccup; the same request meets it again until the network changes. ("Network is unreachable" is left
 * out: its labelled pastes split.)
 */
export function extractUnreachable(text: string): Evidence[] {
  const m = /\bno route to host\b|\bEHOSTUNREACH\b/i.exec(text);
  return m ? [{ type: 'signal', text: m[0], note: SETTING_NOTE.unreachable }] : [];
}

/** The longest client timeout that counts as short: a long answer from a model takes longer than this to arrive. */
const SHORT_TIMEOUT_SECONDS = 10;

/**
 * A timeout that states its own limit and the limit is short (axios' "timeout of 5000ms exceeded", .NET's
 * "HttpClient.Timeout of 5 seconds", requests' "Read timed out. (read timeout=5)", "within 3100 ms"): the client gave
 * up before a long answer could arrive, and the same request times out again until the timeout is raised or the
 * answer streamed.
 */
export function extractShortTimeout(text: string): Evidence[] {
  const word = /time(?:d ?out|out)|deadline|took longer than/gi;
  for (let tries = 0, w = word.exec(text); w && tries < 5; w = word.exec(text), tries++) {
    // What follows the word: its own `timeout=` is a setting's name in a config dump, not a limit reached.
    const after = text.slice(w.index + w[0].length, w.index + w[0].length + 60).split('\n', 1)[0]!;
    const m =
      /(?:\bof|\bafter|\bwithin|\[|\()\s{0,2}(\d{1,7}(?:\.\d{1,3})?)\s{0,2}(ms|milliseconds?|s|secs?|seconds?)\b|(?:timeout|value)=(\d{1,7}(?:\.\d{1,3})?)(?![\d.])/i.exec(after);
    if (!m || m.index > 40) continue;
    const seconds = m[3] !== undefined ? Number(m[3]) : /^m/i.test(m[2]!) ? Number(m[1]) / 1000 : Number(m[1]);
    if (seconds > 0 && seconds <= SHORT_TIMEOUT_SECONDS) return [{ type: 'signal', text: w[0] + after.slice(0, m.index + m[0].length), note: SETTING_NOTE.shortTimeout }];
  }
  return [];
}

/**
 * A client timeout that no entry places, named only by its words ("Request timeout", "Read timed out", 请求超时): an
 * SDK or tool has usually retried it before printing it, and the same request on the same timeout meets it again. Of
 * the training pastes read this way whose thread tells, 34 in 42 were fixed by a longer timeout, streaming, a proxy or
 * a smaller model, not by waiting. Entries for a particular client's timeout keep their own verdict.
 */
export function extractTimedOut(text: string): Evidence[] {
  // A message that itself says to try again later (请稍后再试) is the printer's word that the wait is the fix.
  if (/\btry again later\b|\bretry later\b|稍后再试|稍后重试/i.test(text)) return [];
  const m = /time[sd]? ?out|deadline exceeded|超时/i.exec(text);
  if (!m) return [];
  // Quoted in the verdict: the short line that says it ("Error: Request timeout (60 sec)."), else the word.
  const end = text.indexOf('\n', m.index);
  const line = text.slice(text.lastIndexOf('\n', m.index) + 1, end === -1 ? undefined : end).trim();
  return [{ type: 'signal', text: line.length <= 80 ? line : m[0], note: SETTING_NOTE.timeoutRecurs }];
}

/**
 * A connection failure the client had already retried (tenacity's `RetryError[…]`, the Vercel AI SDK's
 * `maxRetriesExceeded`, "after 3 attempts", "retried 5 times"): the retries met it each time, so the path to the API
 * is broken (a proxy, an address, a server down), not a passing blip, and the same request fails again until that
 * changes.
 */
export function extractRetriedAlready(text: string): Evidence[] {
  const m = /\bafter \d+ (?:attempts|retries|tries)\b|\bretried \d+ times\b|\bmaxRetriesExceeded\b|\bRetryError(?=\[)/i.exec(text);
  return m ? [{ type: 'signal', text: m[0], note: SETTING_NOTE.connectionRecurs }] : [];
}

/**
 * A connection that was never made (Java's `ConnectException`, urllib3's `NewConnectionError` and the "Max retries
 * exceeded" that wraps it, httpx's "All connection attempts failed", "Failed to connect to host:443"): no byte reached the API, so
 * the proxy, the network or the address is in the way, not the provider; the same request fails again until that
 * changes. A connection cut after it was made (a reset, an unfinished body) is passing, and is not this.
 *
 * With `plainWords`, where no catalogue entry placed the failure (see settingAtFault), also the plain words for a
 * failed connection: undici's `fetch failed`, an SDK's `Connection error.`, reqwest's `error sending request for url`,
 * httpx's `ConnectError`, "Cannot connect to", "Network is unreachable", 连接错误 / 连接失败 / 无法连接. In the threads they
 * come from they were mostly a connection never made (a proxy, a base URL, a server not running) that came back the
 * same way until that changed, and rarely a passing fault, even where the paste shows a reset; a catalogue entry's own
 * retry answer stands.
 */
export function extractConnectFailure(text: string, plainWords = false): Evidence[] {
  const m = /\bfailed to connect\b|\bConnectException\b|\bNewConnectionError\b|\bFailed to establish a new connection\b|\bMax retries exceeded\b|\bAll connection attempts failed\b/i.exec(text);
  const w = m || !plainWords ? null : /fetch failed|connection error|error sending request for url|cannot connect to|network is unreachable|connecterror|连接(?:错误|失败)|无法连接/i.exec(text);
  return m || w ? [{ type: 'signal', text: (m ?? w)![0], note: m ? SETTING_NOTE.neverConnected : SETTING_NOTE.connectionRecurs }] : [];
}

/**
 * A server error whose message is the server program's own crash: Go's JSON decoder (`invalid character 'ÿ' looking for
 * beginning of value`), a Go panic (one-api's `Panic detected`), nil pointer or type assertion (`interface conversion:`),
 * a Python KeyError repr, a chat template failing (`Cannot subscript null`; Jinja's and minja's errors, `Value is not
 * callable: null at row 49, column 79`), a model process gone (LM Studio's `The model has crashed without additional
 * information`), MLX generating off its own thread (`There is no Stream(gpu, 0) in current thread`), or a model server
 * unable to load the model at all (llama.cpp's `error loading model`, as for an architecture its build predates; LM
 * Studio's `Failed to load model`; llama-cpp-python's `Could not load Llama model`; vLLM's max length over what its KV
 * cache can store; Ollama with no runner it can start, `no suitable llama servers found`), or a relay ending its stream
 * with a `[DONE]` line the client cannot read (`Unexpected token 'D', "[DONE]" is not valid JSON`), Hugging Face TGI's
 * failure inside a generation (`Request failed during generation: Server error: …`), or oMLX's uncaught exception
 * (`POST /v1/chat/completions → 500 (unhandled): Model type deepseek_v4 not supported.`), or a Python server's own
 * exception in its 5xx (`local variable 'pred' referenced before assignment` from a SageMaker model, `cannot access
 * local variable …`, `'NoneType' object has no attribute 'split'` from Ray Serve). A bug or a limit
 * of the relay or model server, not a passing fault: it answers the same request the same way until the server, its
 * configuration or the request changes.
 * (Not "index out of range": a client's own IndexError, parsing the body of a passing 500, says it too; nor Node's
 * `Cannot read properties of undefined`, as often the client's own crash on a passing error's body.)
 */
export function extractServerBug(text: string): Evidence[] {
  const m = /looking for beginning of value|\bpanic(?:: | detected)|\binterface conversion: |invalid memory address or nil pointer|\bKeyError\(['"][^'"\n]{1,60}['"]\)|Cannot subscript null|jinja|chat[ _]template| at row \d+, column \d+|\bmodel has crashed\b|\bno Stream\(gpu, \d+\) in current thread|\b(?:error loading model|failed to load model|model load failed|could not load llama model|no suitable llama servers found)\b|stored in KV cache|\[DONE\]\\?" is not valid JSON|request failed during generation|→ 500 \(unhandled\)|'NoneType' object (?:has no attribute|is not subscriptable)|cannot access local variable|referenced before assignment/i.exec(text);
  return m ? [{ type: 'signal', text: m[0], note: SETTING_NOTE.serverBug }] : [];
}

/**
 * A browser's refusal to make the call: CORS (Chromium's `has been blocked by CORS policy`, Firefox's "CORS header
 * 'Access-Control-Allow-Origin' is missing": the API or relay does not allow calls from this page's origin) or mixed
 * content (Chromium's `Mixed Content:`: an https page calling an http API). No retry changes either; the call must go
 * through a server, a relay that allows it, or https.
 */
export function extractCorsBlock(text: string): Evidence[] {
  const m = /\bblocked by CORS policy\b|\bMixed Content: |\bAccess-Control-Allow-Origin\W{1,3} is missing/i.exec(text);
  return m ? [{ type: 'signal', text: m[0], note: SETTING_NOTE.cors }] : [];
}

/**
 * A plan's usage limit (Codex's and Claude's "You've hit your usage limit", a relay's "usage limit reached"): a cap
 * counted over hours, days or a month, which lifts at its reset, not after a short wait. So is a storage allowance
 * behind a 429 (Gemini's `Corpus has reached the storage limit of … bytes`, `TotalCachedContentStorageTokensPerModelFreeTier
 * limit exceeded`): it lifts only when something stored is deleted or the plan grows.
 */
export function extractUsageLimit(text: string): Evidence[] {
  // An hourly one (Ollama's "you've reached your hourly usage limit, please wait") lifts within the hour: a wait.
  const m = /\b(?<!hourly )usage limits?\b|\bstorage limit\b|Storage\w{0,40} limit exceeded/i.exec(text);
  return m ? [{ type: 'signal', text: m[0], note: 'plan usage limit' }] : [];
}

/**
 * An error envelope whose whole message is a network failure (`{"message":"fetch failed","type":"api_error"}` under a
 * 500 from a router in front of the API, `"message":"Connection error."`, a proxy's `"GLM API network error: fetch
 * failed"`; claude-code-router's message and stack run together, `"fetch failedTypeError: fetch failed\n    at …`): the
 * server that answered could not reach its own upstream, and its 500 only reports that. So does anyio's "All connection
 * attempts failed" (httpx's ConnectError when no address of the host answered) anywhere in a 5xx: a gateway's
 * `"An unexpected error occurred: All connection attempts failed"`, LiteLLM's `OllamaException - All connection…`; and
 * curl's `CONNECT tunnel failed` (exit 56: the relay's own outbound proxy refused the tunnel to the API), and Rust
 * reqwest's `error sending request for url (…)` under a 5xx (Refact's language server: `500 Internal Server Error caps
 * fetch failed: error sending request for url (…)`): no answer came back to be a 500.
 */
export function extractWrappedNetworkFailure(text: string): Evidence[] {
  const m =
    /"message"\s{0,2}:\s{0,2}"(?:[\w ]{1,40} network error: )?((?:TypeError: )?fetch failed(?:TypeError: fetch failed)?|Connection error\.?|socket hang up|All connection attempts failed|(?:read|connect) (?:ECONNRESET|ECONNREFUSED|ETIMEDOUT)[^"]{0,60})(?:"|\\n|\n|$)/i.exec(text) ??
    /(All connection attempts failed|CONNECT tunnel failed|error sending request for url)/i.exec(text);
  return m ? [{ type: 'signal', text: m[1]!, note: 'upstream unreachable' }] : [];
}

/**
 * A URL the client could not use at all, so no connection was tried: no scheme (requests' `No connection adapters were
 * found for '127.0.0.1:5001/v1/…'` and `Invalid URL '…'`, httpx's `missing an 'http://' or 'https://' protocol`, Go's
 * `unsupported protocol scheme`), the websockets library's `isn't a valid URI` (an https:// URL given to a WebSocket
 * client), .NET's `Invalid URI:`, Node's `ERR_INVALID_URL` and its message's `"127.0.0.1:13456/v1/…" cannot be parsed as
 * a URL`, Rust's `RelativeUrlWithoutBase`. The SDK wraps it as a connection error, or nothing does; the base URL is
 * what to fix.
 */
export function extractMalformedUrl(text: string): Evidence[] {
  const m = /No connection adapters were found for|\bInvalid URL '|missing an 'http:\/\/' or 'https:\/\/' protocol|unsupported protocol scheme|isn't a valid URI|\bInvalid URI: |ERR_INVALID_URL|TypeError: Invalid URL|cannot be parsed as a URL|RelativeUrlWithoutBase/i.exec(text);
  return m ? [{ type: 'signal', text: m[0], note: MALFORMED_URL }] : [];
}

/**
 * A TLS handshake the network cut (curl's `OpenSSL SSL_connect: Connection was reset`, BoringSSL's the same): a reset on
 * the way, often a firewall's, not a certificate the client refused; the connection was never made.
 */
export function extractHandshakeReset(text: string): Evidence[] {
  const m = /SSL_connect: Connection (?:was )?reset/i.exec(text);
  return m ? [{ type: 'signal', text: m[0], note: SETTING_NOTE.neverConnected }] : [];
}

/**
 * The failing program's own advice to change a setting before trying again: its proxy settings, a longer timeout,
 * streaming (a relay's 务必使用流式响应), a smaller request (a proxy's 504); or its word that the proxy setting itself is
 * wrong (`Invalid SOCKS proxy details were provided`).
 * ("Check your network and retry" is not one: it is said of passing outages too.)
 */
export function extractChangeAdvice(text: string): Evidence[] {
  const m =
    /\b(?:check (?:the |your )?proxy settings|increas(?:e|ing) (?:the |your )?timeout|try increasing it|with a smaller request|invalid SOCKS proxy)\b/i.exec(text) ??
    /检查(?:你的|您的)?(?:网络)?代理(?:设置|服务器|是否|或)|增加超时时间|务必使用流式/.exec(text);
  return m ? [{ type: 'signal', text: m[0], note: SETTING_NOTE.changeAdvised }] : [];
}
