import type { ProviderId, SdkId } from '../catalog/ids';
import type { KindId } from '../taxonomy';
import { extractChangeAdvice, extractConnectFailure, extractCorsBlock, extractCurlExit, extractDailyLimit, extractEmptyRateLimitBucket, extractExceptions, extractHandshakeReset, extractLocalTarget, extractMalformedUrl, extractOverlongWait, extractPlanPeriodLimit, extractRefusal, extractRequestId, extractUnreachable, extractUsageLimit, extractWrappedNetworkFailure, extractReset, extractRetryAfter, extractRetriedAlready, extractServerBug, extractShortTimeout, extractTimedOut, extractZeroQuota, resetDurationSeconds } from './extract-meta';
import { extractStatus } from './extract-status';
import { fuzzyMatch } from './fuzzy';
import { lastError } from './last-error';
import { printerOf } from './printer';
import { statusImpliedByText } from './status-of';
import { foldForMatching, readable, window } from './normalize';
import { guessByWords } from './words';
import { confidenceOf, scoreEntries, type Match } from './score';
import { redact } from '../redact';
import { keepIdentifiers, type SignalIndex } from './signal-index';
import { kindForCurlExit, kindForStatus } from './status-defaults';
import { guessRetryable, MALFORMED_URL, type Alternative, type Diagnosis, type Evidence } from './types';

/** How sure a kind guessed from the paste's words is: always a best guess. */
const WORD_GUESS_CONFIDENCE = 0.3;
/**
 * A client that could not read the answer (not JSON, HTML, a field missing, a crash on `undefined`): the error is the
 * unreadable answer, and the words around it say nothing of what the server meant, so they are not guessed from.
 */
const UNREADABLE_RESPONSE = /failed to deserialize|unexpected token|is not valid json|expecting value: line|looking for beginning of value|unexpected content type|unexpected end of json|jsondecodeerror|cannot read propert|'NoneType' object|of undefined \(reading/i;

/** Below this score an entry is only an alternative, never the verdict. */
const ACCEPT = 0.55;
const MIN_SOURCE_WEIGHT = 2;
/** A reset due within this many seconds is a wait, not a cap. */
const SHORT_RESET_SECONDS = 60;
/** A server-requested wait this long is a cap. */
const CAP_SECONDS = 3600;
/**
 * The kinds a bare status stands for (a 400 or 404 only says the request was wrong, a 500 or 503 that the server
 * failed), and the more precise kinds whose phrases, found in the same paste, say how: an unknown model, a prompt
 * over the context, a server that is overloaded, a relay whose accounts are all rate-limited (a 503 saying
 * 所有账号均已达到速率限制), a 500 that says the input is too long (a relay's `500 internal error: 输入内容超长`) or that a
 * safety filter removed the output (an image API's `500 … generated image was filtered`) or carries a request error's
 * words (a relay's 500 around Amazon's "Improperly formed request.": a careful reader takes the words over the status),
 * a 403 that names the country or a rate limit (DashScope's AccessDenied "Rate limit exceeded").
 */
const REFINEMENTS: Partial<Record<KindId, ReadonlySet<KindId>>> = {
  invalid_request: new Set(['model_not_found', 'endpoint_not_found', 'context_length', 'request_too_large', 'content_filter']),
  endpoint_not_found: new Set(['model_not_found', 'context_length', 'request_too_large', 'content_filter']),
  server_error: new Set(['overloaded', 'rate_limit', 'context_length', 'content_filter', 'invalid_request', 'model_not_found']),
  rate_limit: new Set(['overloaded']),
  auth: new Set(['model_not_found']),
  permission: new Set(['region', 'rate_limit', 'context_length']),
};

/**
 * A missing model named between the words (Ollama's and vLLM's `model 'gpt-5.5' not found`, `Model deepseek-v3.1 not
 * exist.`, Cohere's `model 'command' was removed on …`, a relay's `model claude-sonnet-4-6 is not supported.` as the whole
 * sentence, and a gateway's `Model anthropic/claude-opus-4.6 not supported'` without the "is", Gemini's
 * `model models/gemini-2.5-flash is no longer available to new users`, Vertex AI's
 * `…/publishers/google/models/gemini-2.5-flash-preview-04-17\` not found`, a desktop app's `model“gemini-3.1-pro-preview”not found`
 * without spaces, Genkit's `Model ‘googleai/gemini-2.5-pro’ not found`, a gateway's `Model meta/llama-3-8b is not available`
 * as the whole sentence), which no literal phrase can hold.
 */
const NAMED_MODEL_MISSING = /(?:\bmodel(?: [`'"“‘]?|[`'"“‘])[\w.:/@-]{1,80}|\/models\/[\w.:@-]{1,80})(?:[`'"”’] ?| )(?:(?:was |is |does )?not (?:found|exist)|(?:is )?not supported(?=\.|"|'|$)|is not available(?=\.|"|'|$)|is no longer available|(?:was|has been) (?:removed|retired))\b/im;

/**
 * OllamaSharp (the .NET client) drops the body of a failed response: its trace shows .NET's bare `Response status code
 * does not indicate success: 404 (Not Found).` and the method that sent it. ChatAsync posts to `api/chat`,
 * GenerateAsync (GenerateCompletionAsync in older releases) to `api/generate` (its Constants/Endpoints.cs), the routes
 * above.
 */
const DOTNET_404 = /does not indicate success: 404\b/;
const OLLAMASHARP_GENERATION = /^[ \t]*at OllamaSharp\.OllamaApiClient\.(?:ChatAsync|GenerateAsync|GenerateCompletionAsync)\b.*$/m;

/**
 * The first line where Ollama (its port, or its server log) answered with this bare status. A 404 counts only on its
 * generation routes (`404 Client Error: Not Found for url: http://…:11434/api/chat`, its log's `| 404 | … POST
 * "/api/generate"`): those answer 404 only for a model that is not pulled (server/routes.go: `model '…' not found`), so
 * the missing model is the cause even where the body was dropped (`/api/embed` is left out: older servers lack the
 * route itself). A 503 is its queue of pending requests being full (its FAQ: the server is overloaded;
 * `OLLAMA_MAX_QUEUE`), which passes as the queue drains.
 */
function ollamaLine(text: string, status: '404' | '503'): string | undefined {
  return (
    text
      .split('\n', 400)
      .find((l) => l.length < 2000 && /:11434\/|\[GIN\]/.test(l) && new RegExp(`\\b${status}\\b`).test(l) && (status === '503' || /\/api\/(?:chat|generate)\b/.test(l)))
      ?.trim() ?? (status === '404' && DOTNET_404.test(text) ? OLLAMASHARP_GENERATION.exec(text)?.[0].trim() : undefined)
  );
}

function namedModelMissing(text: string): Evidence[] {
  const m = NAMED_MODEL_MISSING.exec(text);
  if (m) return [{ type: 'hint', text: m[0] }];
  const ollama = ollamaLine(text, '404');
  return ollama ? [{ type: 'hint', text: ollama }] : [];
}

/** Werkzeug's (Flask's) stock description of a 500, on every page its unhandled exceptions render. */
const WERKZEUG_500 = /Either the server is overloaded or there is an error in the application/;
const SAFETY_SETTINGS = /\bsafety_?settings\b/i;

/**
 * A Google API call names its model in the path (`generativelanguage.googleapis.com/v1beta/models/gemini-pro-vision:
 * generateContent`, Vertex AI's `…/publishers/anthropic/models/claude-3-7-sonnet-20250219:streamRawPredict`): a 404 on
 * it is the model not found there, the method and the rest of the path being Google's own.
 */
const GOOGLE_MODEL_URL = /(?:generativelanguage|aiplatform)\.googleapis\.com(?:\/[\w.@%-]{1,80}){0,12}\/models\/[\w.@-]{1,80}:\w{4,40}/;

/**
 * OpenAI's and Anthropic's own generation routes (`https://api.openai.com/v1/chat/completions`,
 * `https://api.anthropic.com/v1/messages`): the path exists, so a 404 on it is the model the body names (OpenAI's
 * `model_not_found`, Anthropic's `not_found_error` with `model: …`), not the URL.
 */
const OFFICIAL_GENERATION_URL = /https?:\/\/api\.(?:openai\.com\/v1\/(?:chat\/completions|completions|responses)|anthropic\.com\/v1\/messages)(?![\w/-])/;

/** The phrase that made a generic kind precise (a model phrase under a bare 500), when it is not the verdict's own. */
function refinerEvidence(matches: readonly Match[], best: Match, said: KindId): Evidence[] {
  const refiner = said === best.entry.kind ? undefined : matches.find((m) => m.entry.hint && m.score > 0 && m.entry.kind === said);
  return refiner ? refiner.signals.map((s) => ({ type: 'hint', text: s })) : [];
}

/**
 * What the network failure inside a verdict makes of it. A server error whose message is a network failure is the
 * answering server's report that it could not reach its upstream: a connection failure, whatever status it went out
 * with. A connection error around a URL the client could not use is the base URL's fault: no connection was tried, and
 * an endpoint verdict beside such a URL does not claim its kind's usual 404 either. A handshake the network reset is a
 * connection failure, not a certificate problem (settingAtFault shows it; curl's exit 35 entry explains it).
 */
function networkReading(said: KindId, text: string): { kind: KindId; evidence: Evidence[]; malformedUrl: boolean } {
  const upstreamUnreachable = said === 'server_error' ? extractWrappedNetworkFailure(text) : [];
  const malformed = said === 'connection' || said === 'endpoint_not_found' ? extractMalformedUrl(text) : [];
  const cut = said === 'tls' ? extractHandshakeReset(text) : [];
  const kind = upstreamUnreachable.length > 0 || cut.length > 0 ? 'connection' : malformed.length > 0 ? 'endpoint_not_found' : said;
  return { kind, evidence: [...upstreamUnreachable, ...malformed], malformedUrl: said === 'connection' && malformed.length > 0 };
}

/** The more precise kind a matched phrase (or a missing model named in the text) gives a generic one, if any. */
function refine(kind: KindId | undefined, matches: readonly Match[], text: string, status: number | null = null): KindId | undefined {
  const precise = kind ? REFINEMENTS[kind] : undefined;
  if (!precise) return undefined;
  // A request that names Gemini's safety settings parameter (`GenerateContentRequest.safety_settings[4]: element
  // predicate failed`) is wrong in that parameter: its "safety" is a field's name, not a block.
  const namesSafetySettings = SAFETY_SETTINGS.test(text);
  // Werkzeug's stock 500 page says "Either the server is overloaded or there is an error in the application" of every
  // unhandled exception: its "overloaded" is a guess, not the server's report.
  const stockPage = WERKZEUG_500.test(text);
  // A 401 is refined only by a model the text names as missing (a gateway's `401: Model minimax-m3-free is not
  // supported`): beside it, a missing-thing phrase alone (`Secret My_Key does not exist`) is about the key.
  const phrase = kind === 'auth' ? undefined : matches.find((m) => m.entry.hint && m.score > 0 && precise.has(m.entry.kind) && !(m.entry.kind === 'content_filter' && namesSafetySettings) && !(m.entry.kind === 'overloaded' && stockPage))?.entry.kind;
  if (phrase) return phrase;
  if (precise.has('model_not_found') && namedModelMissing(text).length > 0) return 'model_not_found';
  // A wrong path at the official URL is a wrong model, when the path was refused (404) or no status says otherwise.
  if (kind === 'endpoint_not_found' && (status === null || status === 404) && (GOOGLE_MODEL_URL.test(text) || OFFICIAL_GENERATION_URL.test(text))) return 'model_not_found';
  return precise.has('overloaded') && ollamaLine(text, '503') ? 'overloaded' : undefined;
}

/**
 * The period a limit names decides what ran out. A token limit counted per day (`Token limit (500,000 per day)
 * exceeded`) is a quota, not a context window: the words a context phrase matched describe a rate limit that lasts
 * until the daily reset. A plan's weekly or monthly allowance used up (`you've reached your weekly usage limit`,
 * `Monthly limit reached`) is not a window a wait clears: a kind phrase's rate limit there is billing, as every
 * training paste that names such a period is labelled.
 */
function perPeriod(kind: KindId | undefined, text: string): KindId | undefined {
  if (kind === 'context_length' && extractDailyLimit(text).length > 0) return 'rate_limit';
  return kind === 'rate_limit' && extractPlanPeriodLimit(text).length > 0 ? 'billing' : kind;
}

/** A long wait as a reset time, the same in every language: "24 h", "90 min". */
function inWords(seconds: number): string {
  return seconds >= 7200 ? `${Math.round(seconds / 3600)} h` : `${Math.round(seconds / 60)} min`;
}

/** A reset the paste states as a duration of an hour or more (`reset after 140h 21m 10s`). */
function distantReset(text: string): Evidence[] {
  const { resetAt, evidence } = extractReset(text);
  const seconds = resetDurationSeconds(resetAt);
  return seconds !== null && seconds >= CAP_SECONDS ? evidence.map((e) => ({ ...e, note: 'resets in an hour or more' })) : [];
}

/** What makes a rate limit a cap the paste names: a per-day quota, a quota of zero, a wait of weeks, a distant reset. */
function capOf(text: string): Evidence[] {
  for (const find of [extractDailyLimit, extractPlanPeriodLimit, extractZeroQuota, extractOverlongWait, distantReset, extractUsageLimit]) {
    const found = find(text);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Kinds whose phrases only say that something failed (a network word, "system error", 系统错误): beside a status the
 * paste prints, they yield to it.
 */
const LOOSE_PHRASE_KINDS: ReadonlySet<KindId> = new Set(['timeout', 'connection', 'dns', 'tls', 'server_error']);

/** Network failures a retry would only meet again when the paste shows a setting is at fault (see below). */
const NETWORK_KINDS: ReadonlySet<KindId> = new Set(['connection', 'timeout']);

/** A proxy in the path: a status beside a network failure may be the proxy's own. */
const PROXY = /proxy|tunnel/i;

/**
 * Why a failure that is usually passing (a network failure, a gateway timeout, a server error) will fail the same way
 * until something changes. For a network failure: it is to this machine's own address (a local server not running),
 * it was refused (nothing listens there, or a firewall says no), a browser blocked it by CORS, the program's own
 * message says to change a setting, a timeout states a short limit, or the connection was never made (no byte reached
 * the API: a proxy, the network or the address is in the way). A timeout that only words place (`byWords`: no entry of
 * its kind matched) recurs on the same request: see extractTimedOut. A server error recurs when the server is this
 * machine's or the private network's, or when its message is the server program's own crash (extractServerBug).
 */
function settingAtFault(kind: KindId, text: string, status: number | null, byWords: boolean): Evidence[] {
  // A gateway that timed out on a request it says to shrink or stream times out on it again.
  if (kind === 'gateway_timeout') return extractChangeAdvice(text);
  // A server error from this machine or the private network is the user's own server, relay or proxy failing, and one
  // whose message is the server's own crash is a bug: either fails the same way until it is fixed or restarted. (A 503
  // is more often a model still loading or a full queue; Ollama's parser failing on the model's own tool call, though it
  // quotes Go's decoder, may parse the model's next answer.)
  if (kind === 'server_error') {
    if (status === 503 || /\berror parsing tool call\b/i.test(text)) return [];
    const local = extractLocalTarget(text);
    return local.length > 0 ? local : extractServerBug(text);
  }
  if (!NETWORK_KINDS.has(kind)) return [];
  // A browser's CORS refusal comes first: from a page to a local model server, it is the server's allowed origins that
  // need changing, not the server itself (running, it answered the preflight).
  const finders = [extractCorsBlock, extractLocalTarget, extractRefusal, extractUnreachable, extractChangeAdvice];
  const timeoutFinders = byWords ? [extractShortTimeout, extractTimedOut] : [extractShortTimeout];
  const connectFinders = [(t: string) => extractConnectFailure(t, byWords), extractHandshakeReset, extractRetriedAlready];
  for (const find of kind === 'timeout' ? [...finders, ...timeoutFinders] : [...finders, ...connectFinders]) {
    const found = find(text);
    if (found.length > 0) return found;
  }
  return [];
}

function strongest<T extends string>(weights: Map<T, number>, eligible: (id: T) => boolean = () => true, minimum = MIN_SOURCE_WEIGHT): T | null {
  let best: T | null = null;
  let bestWeight = 0;
  for (const [id, weight] of weights) {
    if (eligible(id) && weight > bestWeight) [best, bestWeight] = [id, weight];
  }
  return bestWeight >= minimum ? best : null;
}

/** The values of code fields in the paste's error envelopes (JSON, Python reprs, AWS `__type`, Google `reason`), folded. */
const CODE_FIELD = /["'](?:code|error_code|errorCode|__type|reason)["']\s{0,2}[:=]\s{0,2}["']([A-Za-z][\w.#-]{2,80})["']/g;

function envelopeCodes(text: string): Set<string> {
  const codes = new Set<string>();
  CODE_FIELD.lastIndex = 0;
  for (let m = CODE_FIELD.exec(text), n = 0; m !== null && n < 50; m = CODE_FIELD.exec(text), n++) {
    codes.add(foldForMatching(m[1]!.slice(m[1]!.lastIndexOf('#') + 1)).trim());
  }
  return codes;
}

function unknown(evidence: Evidence[] = [], alternatives: Alternative[] = []): Diagnosis {
  return {
    status: null, statusFrom: null, kind: 'unknown', retryable: null, entry: null, provider: null, client: null, runtime: null, sdk: null, requestId: null,
    retryAfterSeconds: null, resetAt: null, confidence: 0, evidence, alternatives, errors: [],
  };
}

/** What a diagnosis reads from the paste whatever the verdict. */
type Facts = Pick<Diagnosis, 'status' | 'statusFrom' | 'provider' | 'client' | 'runtime' | 'sdk' | 'requestId'>;
/** What the verdict decides, including the wait and the reset it reports. */
type Verdict = Omit<Diagnosis, keyof Facts>;

/**
 * A diagnosis built in one literal, its fields always in the same order. Spreading a shared object into each result
 * instead cost about a sixth of the classifier's time (V8 copies such objects slowly).
 */
function diagnosisOf(f: Facts, v: Verdict): Diagnosis {
  return {
    status: f.status, statusFrom: f.statusFrom, kind: v.kind, retryable: v.retryable, entry: v.entry, provider: f.provider, client: f.client, runtime: f.runtime,
    sdk: f.sdk, requestId: f.requestId, retryAfterSeconds: v.retryAfterSeconds, resetAt: v.resetAt, confidence: v.confidence,
    evidence: v.evidence, alternatives: v.alternatives, errors: v.errors,
  };
}

function originalSignal(index: SignalIndex, match: Match, folded: string): string {
  return index.spellings.get(match.entry)?.get(folded) ?? folded;
}

function alternativesOf(matches: Match[], skip: string | null): Alternative[] {
  return matches
    .filter((m) => m.entry.id !== skip && !m.entry.hint && m.score > 0)
    .slice(0, 3)
    .map((m) => ({ entry: m.entry.id, kind: m.entry.kind, confidence: confidenceOf(m.score) }));
}

const LINK = /\bhttps?:\/\/[^\s"'`<>()[\]{}]{1,2000}/g;

/**
 * A kind's generic phrase found only inside a link says nothing about the failure: a documentation URL's anchor
 * (`…/extended-thinking#max-tokens-and-context-window-size`) is not a context-window error. Catalogue signals keep
 * their hits there (some are URLs).
 */
function outsideUrls(index: SignalIndex, matched: Set<number>, text: string): Set<number> {
  if (!text.includes('://')) return matched;
  const hintOnly = [...matched].filter((p) => {
    const pattern = index.patterns[p]!;
    return pattern.type === 'signal' && pattern.entries.every((e) => index.entries[e]!.hint);
  });
  if (hintOnly.length === 0) return matched;
  const withoutUrls = foldForMatching(text.replace(LINK, ' '));
  for (const p of hintOnly) if (!withoutUrls.includes(index.patterns[p]!.text)) matched.delete(p);
  return matched;
}

/**
 * A quota of zero (`generate_content_free_tier_requests, limit: 0`) is a plan with no allowance for the model at all:
 * the provider's entry for that, when it matched, beats the provider's rate-limit entry that the same 429's other words
 * (RESOURCE_EXHAUSTED, the rate-limits link) match more often.
 */
function preferZeroQuotaEntry(matches: Match[], text: string): void {
  const [top] = matches;
  if (!top || top.entry.hint || top.entry.kind !== 'rate_limit' || extractZeroQuota(text).length === 0) return;
  const sameProvider = (m: Match) => m.entry.providers.some((p) => top.entry.providers.includes(p));
  const cap = matches.find((m) => !m.entry.hint && !m.entry.wrapper && m.entry.kind === 'billing' && m.score >= ACCEPT && sameProvider(m));
  if (!cap) return;
  cap.score = top.score + 0.01;
  matches.sort((a, b) => b.score - a.score);
}

function diagnose(input: string, index: SignalIndex): Diagnosis {
  const text = readable(window(input));
  const folded = foldForMatching(text);
  if (folded.trim().length === 0) return unknown();

  const matched = outsideUrls(index, keepIdentifiers(index.patterns, index.matcher.search(folded).map((hit) => hit.pattern), text), text);
  const { data } = index;
  const providers = new Map<ProviderId, number>();
  const sdks = new Map<SdkId, number>();
  for (const p of matched) {
    const pattern = index.patterns[p]!;
    if (pattern.type === 'provider') providers.set(pattern.id, (providers.get(pattern.id) ?? 0) + pattern.weight);
    if (pattern.type === 'sdk') sdks.set(pattern.id, (sdks.get(pattern.id) ?? 0) + pattern.weight);
  }
  const printer = printerOf(data, [...matched].map((p) => index.patterns[p]!));
  const client = printer.tool;
  const sdk = strongest(sdks, () => true, 1);
  const { status, evidence: statusEvidence } = extractStatus(text, index.statusPatterns);
  const { requestId, evidence: idEvidence } = extractRequestId(text);
  const { seconds: retryAfterSeconds, evidence: retryEvidence } = extractRetryAfter(text);
  const { resetAt, evidence: resetEvidence } = extractReset(text);
  const { exitCode, evidence: exitEvidence } = extractCurlExit(text);
  const exceptions = extractExceptions(text);
  const [exception] = exceptions;
  // A status the paste implies without its number (gRPC name, exception class, reason phrase): reported, and it
  // chooses the fallback kind, but only a printed number weighs in the choice of entry.
  const implied = status === null ? statusImpliedByText(text, exceptions, data) : null;

  const codes = envelopeCodes(text);
  let matches = scoreEntries(index, matched, { status, codes, providers, client, runtimeOf: data.runtimeOf, text });
  let fuzzy = false;
  // Near misses are the last resort: an exception class that names a status (tenacity's `raised AuthenticationError>`)
  // already says more than a signal spelt almost like the paste's words ("AI_RetryError" for "RetryError"). And a near
  // miss is tried only beside a printed status: with nothing else to go on it decided verdicts that were wrong about
  // as often as right ("Failed to extract document" read as Moonshot's "Failed to extract file", a server error).
  const byClass = implied?.evidence.note === 'exception class';
  if (!byClass && status !== null && (!matches[0] || matches[0].score < ACCEPT)) {
    // An identifier signal spelt almost like an exception class the paste names is that class, not the code
    // ("timeout_error" for Python's TimeoutError or LiteLLM's APITimeoutError). An error type's name (`…_error`) is not
    // matched as a near-copy at all: "Audio Timeout Error" in Google Speech's words is not Anthropic's timeout_error.
    const classes = exceptions.map((name) => name.slice(name.lastIndexOf('.') + 1).toLowerCase());
    const isClass = (p: number) => {
      const id = index.patterns[p]!.identifiers?.[0]?.replace(/_/g, '');
      return id !== undefined && classes.some((c) => c.endsWith(id) || id.endsWith(c));
    };
    const hits = fuzzyMatch(index, text).filter((hit) => !isClass(hit.pattern) && !index.patterns[hit.pattern]!.identifiers?.[0]?.endsWith('_error'));
    if (hits.length > 0) {
      const fuzzyPatterns = new Set(hits.map((hit) => hit.pattern));
      const rescored = scoreEntries(index, new Set([...matched, ...fuzzyPatterns]), { status, codes, providers, client, runtimeOf: data.runtimeOf, text });
      if (rescored[0] && rescored[0].score > (matches[0]?.score ?? 0)) {
        matches = rescored.map((m) => ({ ...m, score: m.score * 0.85 }));
        fuzzy = true;
      }
    }
  }

  preferZeroQuotaEntry(matches, text);
  const evidence: Evidence[] = [...statusEvidence, ...(implied ? [implied.evidence] : []), ...exitEvidence];
  if (exception) evidence.push({ type: 'exception', text: exception });
  const top = matches[0] && matches[0].score >= ACCEPT ? matches[0] : undefined;
  const log = top ? lastError(top, matches, text, ACCEPT) : undefined;
  const best = log?.decisive;
  // Failing a provider's own markers, the entry names its provider, unless an entry of another provider matched as
  // strongly: a signal several providers share ("invalid_request_error", in OpenAI's bodies and Anthropic's alike) names
  // neither, nor does a tie that only a wording's origin decided.
  const rivalled = best !== undefined && (best.byOrigin === true || matches.some((m) => m.entry !== best.entry && !m.entry.hint && m.score >= best.score && m.entry.providers.join() !== best.entry.providers.join()));
  const provider = strongest(providers) ?? (best?.entry.providers.length === 1 && !rivalled ? best.entry.providers[0]! : null);
  // Only a program's own markers name it. An entry of a tool does not: its words are often a library's that many
  // programs print (node-fetch's "failed, reason: connect ETIMEDOUT", Bun's "socket connection was closed"), and the
  // fixes still prefer the entry's tool (pick-variant.ts).
  if (provider) evidence.push({ type: 'provider', text: provider });
  if (printer.client) evidence.push({ type: 'client', text: printer.client });
  if (sdk) evidence.push({ type: 'sdk', text: sdk });
  evidence.push(...retryEvidence, ...resetEvidence, ...idEvidence);
  const textStatus = best?.entry.unanswered ? null : (status ?? implied?.status ?? null);
  // Failing the paste, the entry says the status when it comes with only one.
  const entryStatus = best && !best.entry.hint && best.entry.statuses.length === 1 ? best.entry.statuses[0]! : null;
  const facts: Facts = {
    status: textStatus ?? entryStatus,
    statusFrom: textStatus !== null ? 'text' : entryStatus !== null ? 'entry' : null,
    provider,
    client: printer.client,
    runtime: printer.runtime,
    sdk,
    requestId,
  };

  if (best) {
    const signalEvidence: Evidence[] = best.signals.map((s) => ({
      type: best.entry.hint ? 'hint' : fuzzy ? 'fuzzy' : 'signal',
      text: originalSignal(index, best, s),
    }));
    // A capped limit whose reset is due within the minute is only a short wait.
    const resetIn = best.entry.untilReset ? resetDurationSeconds(resetAt) : null;
    const resetsSoon = resetIn !== null && resetIn <= SHORT_RESET_SECONDS;
    // A generic server-error wrapper (a relay's "bad response status code 524") passes on the upstream status: its
    // kind is that status's, made precise by a phrase beside it (a 410 around "has reached its end of life"). Network
    // wrappers keep theirs: a status beside them is the proxy's or the relay's own. Without a status, the wrapped
    // message's own words (a kind phrase: "Model not exist.") say what it passes on.
    const passesOn = best.entry.wrapper && best.entry.kind === 'server_error';
    const upstreamStatusKind = passesOn && status !== null ? kindForStatus(status, data) : undefined;
    const wrappedPhrase = passesOn && status === null ? matches.find((m) => m.entry.hint && m.score > 0 && m.entry.kind !== 'server_error') : undefined;
    const passedOn = upstreamStatusKind ? (refine(upstreamStatusKind, matches, text) ?? upstreamStatusKind) : wrappedPhrase?.entry.kind;
    // A request-error phrase, envelope or catch-all entry as the verdict (an "invalid_request_error", MiniMax's "invalid
    // params, unknown model 'minimax-v3' (2013)", Zhipu's 1210 around a prompt over the context) yields to a precise
    // phrase beside it ("Model Not Exist", "model is not supported"). Beside an entry a policy word is not enough: a
    // library names its policy class around a schema error (LiteLLM's ContentPolicyViolationError over "Invalid schema
    // for response_format"). Server-error phrases are not refined here: they are often a wrapper's own words. An entry
    // that names its cause (Groq's output limit, whose message mentions the `context_window`) is not refined either.
    const loose = best.entry.hint || best.entry.wrapper;
    const refinable = best.entry.kind !== 'server_error' && (loose || best.entry.catchAll);
    const precise = refinable ? refine(best.entry.kind, matches, text, status) : undefined;
    const refinedPhrase = loose || precise !== 'content_filter' ? precise : undefined;
    // A loose phrase ("timeout", "connection error", "system error") beside a printed status is the status's story
    // told loosely: the status says what failed (a 524 "took too long" is a gateway timeout, a 401 an auth failure).
    // So is a failure to connect beside a client-error status ("Failed to fetch models: HTTP 401", "Failed to fetch -
    // Unauthorized"): the server answered, so the request did reach it. A stream cut after the status, a status the entry
    // itself comes with, a proxy's own status (a tunnel's 407 or 400) and a 408 are still the network's story.
    const heard = status ?? implied?.status ?? null;
    const answeredLoosely = status !== null && best.entry.hint && LOOSE_PHRASE_KINDS.has(best.entry.kind);
    const answeredAfterAll = heard !== null && best.entry.kind === 'connection' && !best.entry.midStream && !best.entry.statuses.includes(heard) && heard >= 400 && heard < 500 && heard !== 407 && heard !== 408 && !PROXY.test(text);
    const answered = answeredLoosely ? kindForStatus(status!, data) : answeredAfterAll ? kindForStatus(heard, data) : undefined;
    // Its entry's story (no response at all) is then not this paste's: the verdict names the kind, not the entry.
    const entryDisowned = answeredAfterAll && answered !== undefined && answered !== 'unknown' && answered !== best.entry.kind;
    const statusSays = answered && answered !== 'unknown' ? (refine(answered, matches, text) ?? answered) : undefined;
    const said = passedOn && passedOn !== 'unknown' ? passedOn : (statusSays ?? refinedPhrase ?? best.entry.kind);
    const network = networkReading(said, text);
    const kind = network.kind !== said ? network.kind : best.entry.hint ? perPeriod(said, text)! : said;
    const retryable = resetsSoon || (kind === best.entry.kind ? best.entry.retryable === true : data.kindRetryable[kind] === true);
    // A rate limit that asks for an hour or more is a cap (Azure's "retry after 86400 seconds" on a zero or daily
    // quota), not a per-minute limit: the same request fails until then. So is one on a per-day quota or a quota of
    // zero the paste names. (A long wait on a 503 is maintenance: a wait.)
    // An entry whose window lifts within hours (a subscription's session limit) is retryable at its reset: its own
    // entry says so, and the verdict still says "not before the reset" (retry-verdict.ts).
    const windowed = kind === best.entry.kind && best.entry.untilReset === true && best.entry.retryable === true;
    const cap = kind === 'rate_limit' && !windowed ? capOf(text) : [];
    const capped = retryable && kind === 'rate_limit' && !windowed && ((retryAfterSeconds !== null && retryAfterSeconds >= CAP_SECONDS) || cap.length > 0);
    // A connection entry that says not to retry as it is (the SDK retried it) still says what to change when the paste shows it.
    const setting = (retryable || kind === 'connection') && !resetsSoon ? settingAtFault(kind, text, textStatus, best.entry.hint || kind !== best.entry.kind) : [];
    return diagnosisOf(facts, {
      retryAfterSeconds: retryAfterSeconds ?? (resetsSoon ? resetIn : null),
      resetAt: capped && retryAfterSeconds !== null ? (resetAt ?? inWords(retryAfterSeconds)) : resetAt,
      kind,
      retryable: capped || setting.length > 0 ? false : retryable,
      entry: best.entry.hint || entryDisowned || network.malformedUrl ? null : best.entry.id,
      confidence: confidenceOf(best.score),
      evidence: [...signalEvidence, ...refinerEvidence(matches, best, said), ...network.evidence, ...(capped ? cap : []), ...setting, ...evidence],
      alternatives: alternativesOf(matches, best.entry.id),
      errors: log!.errors.map((m) => ({ entry: m.entry.id, kind: m.entry.kind, retryable: m.entry.retryable === true })),
    });
  }

  // A 2xx the paste states (an error in a successful response) names no kind.
  const fallbackStatus = textStatus !== null && textStatus >= 400 ? textStatus : null;
  const emptyBucket = extractEmptyRateLimitBucket(text);
  // Ordered fallbacks: the curl exit code, the status, empty rate-limit buckets, then a kind's own words.
  const phrase = matches.find((m) => m.entry.hint && m.score > 0);
  // A bare status's kind is generic; a phrase beside it that says how it went wrong refines it (see REFINEMENTS).
  const statusKind = fallbackStatus !== null ? kindForStatus(fallbackStatus, data) : undefined;
  const refined = refine(statusKind, matches, text);
  const namedModel = namedModelMissing(text);
  const saidKind: KindId | undefined = perPeriod(
    (exitCode !== null ? kindForCurlExit(exitCode, data) : undefined) ??
    refined ??
    statusKind ??
    (emptyBucket.length > 0 ? 'rate_limit' : undefined) ??
    phrase?.entry.kind ??
    (namedModel.length > 0 ? 'model_not_found' : undefined),
    text,
  );
  // As for entries above: a bare 5xx around a network failure, a connection error around a URL, a reset handshake.
  const network = saidKind ? networkReading(saidKind, text) : undefined;
  const fallbackKind = network?.kind;
  if (fallbackKind) {
    const byNamedModel = fallbackKind === 'model_not_found' && phrase?.entry.kind !== 'model_not_found' && namedModel.length > 0;
    // As for entries above: a rate limit that asks for an hour or more, or on a per-day or zero quota, is a cap.
    const cap = fallbackKind === 'rate_limit' ? capOf(text) : [];
    const capped = fallbackKind === 'rate_limit' && ((retryAfterSeconds !== null && retryAfterSeconds >= CAP_SECONDS) || cap.length > 0);
    const setting = data.kindRetryable[fallbackKind] ? settingAtFault(fallbackKind, text, fallbackStatus, true) : [];
    evidence.push(...network!.evidence, ...emptyBucket, ...cap, ...setting);
    return diagnosisOf(facts, {
      retryAfterSeconds,
      resetAt: capped && retryAfterSeconds !== null ? (resetAt ?? inWords(retryAfterSeconds)) : resetAt,
      kind: fallbackKind,
      retryable: capped || setting.length > 0 ? false : data.kindRetryable[fallbackKind],
      entry: null,
      confidence: 0.5,
      errors: [],
      evidence: [
        ...evidence,
        ...(byNamedModel ? namedModel : phrase && (refined !== undefined || (fallbackStatus === null && exitCode === null && emptyBucket.length === 0))
          ? phrase.signals.map((s) => ({ type: 'hint' as const, text: s }))
          : [{ type: 'fallback' as const, text: exitCode !== null ? `curl exit ${exitCode}` : fallbackStatus !== null ? `HTTP ${fallbackStatus}` : 'rate-limit headers' }]),
      ],
      alternatives: alternativesOf(matches, null),
    });
  }
  // Last resort: the words around the error, when they lean clearly to one kind. The kind is a best guess: it brings
  // the kind's page and usual fixes, but no ground to retry (except an overload's, see guessRetryable), so the retry
  // verdict stays that of an error not recognised.
  const guess = UNREADABLE_RESPONSE.test(text) ? null : guessByWords(input, index.words);
  if (guess) {
    return diagnosisOf(facts, {
      kind: guess.kind,
      retryable: guessRetryable(guess.kind) || (data.kindRetryable.unknown ?? false),
      entry: null,
      retryAfterSeconds,
      resetAt,
      confidence: WORD_GUESS_CONFIDENCE,
      evidence: [...evidence, { type: 'words', text: guess.words.join(' · '), note: `${Math.round(guess.probability * 100)} %` }],
      alternatives: alternativesOf(matches, null),
      errors: [],
    });
  }
  // Not recognised: no kind, but a retry verdict all the same. Most errors that no entry or phrase places are a key, a
  // setting or a request to change (about three in four of the labelled real pastes read as unknown), and retrying
  // blindly only repeats them; retry-decision.ts advises the same. A paste without a word in it gets no verdict.
  const worded = /[\p{L}\p{N}]/u.test(folded);
  return diagnosisOf(facts, {
    kind: 'unknown',
    retryable: worded ? (data.kindRetryable.unknown ?? null) : null,
    entry: null,
    retryAfterSeconds,
    resetAt,
    confidence: 0,
    evidence,
    alternatives: alternativesOf(matches, null),
    errors: [],
  });
}

/**
 * Envelope types that go out with one status (Anthropic's error types, docs: platform.claude.com/docs/en/api/errors;
 * `invalid_request_error` in OpenAI's, DeepSeek's and the relays' copies of them too), and the verdicts each is
 * read for. A prompt over the context window and a content-policy refusal come as `invalid_request_error` with 400
 * too (OpenAI, Anthropic); the same type on a missing model (404) or an oversized body (413) has another kind, so only
 * the kinds listed take the status; `overloaded_error` keeps its 529 when a stream carried it after a 200.
 */
const ENVELOPE_TYPE_STATUS: readonly { type: string; status: number; kinds: readonly KindId[] }[] = [
  { type: 'invalid_request_error', status: 400, kinds: ['invalid_request', 'context_length', 'content_filter'] },
  { type: 'authentication_error', status: 401, kinds: ['auth'] },
  { type: 'permission_error', status: 403, kinds: ['permission'] },
  { type: 'not_found_error', status: 404, kinds: ['model_not_found', 'endpoint_not_found'] },
  { type: 'rate_limit_error', status: 429, kinds: ['rate_limit'] },
  { type: 'overloaded_error', status: 529, kinds: ['overloaded'] },
];

/** The status an envelope's type implies when nothing printed the number, for the verdicts it is read for. */
function withEnvelopeTypeStatus(d: Diagnosis, text: string): Diagnosis {
  if (d.status !== null) return d;
  const typed = ENVELOPE_TYPE_STATUS.find((t) => t.kinds.includes(d.kind) && text.includes(t.type));
  if (!typed) return d;
  return { ...d, status: typed.status, statusFrom: 'entry', evidence: [...d.evidence, { type: 'status', text: typed.type, note: 'envelope type' }] };
}

/**
 * A model's refusal reported as the reason it stopped (Gemini's `finishReason: SAFETY`, `RECITATION`, `BLOCKLIST`;
 * Anthropic's `stop_reason: refusal`; OpenAI's `finish_reason: content_filter`) came in a successful response: the
 * request got its 200, the answer was withheld.
 */
const REFUSAL_FINISH = /\b(?:finish_?reason|stop_?reason)["']?\s{0,2}[:=]\s{0,2}["']?(?:SAFETY|RECITATION|BLOCKLIST|PROHIBITED_CONTENT|SPII|IMAGE_SAFETY|refusal|content_filter)\b/i;

function withFinishReasonStatus(d: Diagnosis, text: string): Diagnosis {
  if (d.status !== null || d.kind !== 'content_filter') return d;
  const m = REFUSAL_FINISH.exec(text);
  if (!m) return d;
  return { ...d, status: 200, statusFrom: 'text', evidence: [...d.evidence, { type: 'status', text: m[0], note: 'finish reason' }] };
}

/**
 * A verdict without an entry, of a kind whose responses nearly always have one status (kinds.json `usualStatus`),
 * reports that status when nothing printed or implied one: a kind phrase's "rate limit" came on a 429. Failures
 * without a response (timeouts, network, a URL the client could not use) and kinds whose statuses split (billing,
 * overloaded) have none.
 */
function withUsualStatus(d: Diagnosis, text: string, data: SignalIndex['data']): Diagnosis {
  if (d.status !== null || d.entry !== null || d.evidence.some((e) => e.note === MALFORMED_URL)) return d;
  // A plan's weekly or monthly allowance used up is billing (perPeriod) told as a rate limit: it comes as a 429.
  const period = d.kind === 'billing' ? extractPlanPeriodLimit(text) : [];
  const usual = data.kindUsualStatus[period.length > 0 ? 'rate_limit' : d.kind];
  return usual === null ? d : { ...d, status: usual, statusFrom: 'kind', evidence: [...d.evidence, ...period] };
}

/**
 * Reads any pasted error text against a signal index and says what went wrong, whether to retry, and which
 * catalogue entry explains it. Pure: no I/O, same result in the browser, Node and tests. Never throws.
 */
export function classifyWith(index: SignalIndex, text: unknown): Diagnosis {
  try {
    const input = typeof text === 'string' ? text : '';
    const d = withUsualStatus(withFinishReasonStatus(withEnvelopeTypeStatus(diagnose(input, index), input), input), input, index.data);
    // Evidence quotes the paste: never let a key travel with it. (`d` is this call's own object.)
    d.evidence = d.evidence.map((e) => ({ ...e, text: redact(e.text) }));
    return d;
  } catch {
    return unknown();
  }
}
