import type { KindId } from '../taxonomy';
import type { ProviderId, ToolId } from '../catalog/ids';
import type { IndexedEntry, SignalIndex } from './signal-index';

/** Root causes beat the wrappers around them: a DNS failure inside "Connection error." is a DNS failure. */
const KIND_BONUS: Partial<Record<KindId, number>> = {
  dns: 0.35,
  tls: 0.35,
  billing: 0.3,
  region: 0.3,
  context_length: 0.25,
  content_filter: 0.25,
  model_not_found: 0.2,
  request_too_large: 0.2,
  endpoint_not_found: 0.15,
  auth: 0.15,
  permission: 0.1,
  timeout: 0.1,
  rate_limit: 0.05,
  overloaded: 0.05,
  gateway_timeout: 0.05,
};

export interface Context {
  status: number | null;
  /** Codes the paste's error envelope states (`"code": "…"`, `__type`, `reason`), folded: the most specific fact it has. */
  codes?: ReadonlySet<string>;
  providers: Map<ProviderId, number>;
  client: ToolId | null;
  runtimeOf: Record<ToolId, ToolId>;
  /** The paste, read for its body's shape only when two providers' entries tie (see refineByShape). */
  text?: string;
}

export interface Match {
  entry: IndexedEntry;
  score: number;
  signals: string[];
  /** Placed first only as the origin of a wording several providers print (refineByOrigin): it names no provider. */
  byOrigin?: true;
}

/** The provider evidence is strong enough to count against an entry of another provider. */
const PROVIDER_CERTAIN = 2.5;

function providerAdjustment(entry: IndexedEntry, providers: Map<ProviderId, number>): number {
  if (entry.providers.length === 0 || providers.size === 0) return 0;
  let agree = 0;
  let strongest = 0;
  for (const [id, weight] of providers) {
    strongest = Math.max(strongest, weight);
    if (entry.providers.includes(id)) agree = Math.max(agree, weight);
  }
  // Agreeing with a provider the paste names less strongly than another (OpenAI's `insufficient_quota` code inside a
  // Model Studio error that links its own docs) counts for half.
  if (agree > 0) return Math.min(0.45, 0.15 * agree) * (agree >= strongest ? 1 : 0.5);
  // A relay passes upstream errors through, and an upstream error can reach a relay user. Azure OpenAI serves OpenAI's
  // models with OpenAI's error messages ("The server had an error while processing your request").
  if (providers.has('relay') || entry.providers.includes('relay')) return 0;
  if (providers.has('azure-openai') && entry.providers.includes('openai')) return 0;
  return strongest >= PROVIDER_CERTAIN ? -0.45 : -0.15;
}

function clientAdjustment(entry: IndexedEntry, client: ToolId | null, runtimeOf: Record<ToolId, ToolId>): number {
  if (entry.clients.length === 0) return 0;
  if (client === null) return -0.05;
  if (entry.clients.includes(client)) return 0.35;
  if (entry.clients.includes(runtimeOf[client])) return 0.1;
  return -0.3;
}

function statusAdjustment(entry: IndexedEntry, status: number | null): number {
  if (status === null) return 0;
  if (entry.hint) return entry.statuses.includes(status) ? 0.4 : entry.statuses.length > 0 ? -0.3 : 0;
  if (entry.statuses.includes(status)) return 0.6;
  // Network failures are often wrapped by a gateway or tool that states a status of its own.
  return entry.statuses.length > 0 ? -0.8 : -0.2;
}

/** Diminishing returns: the strongest signal counts fully, the next ones less and less. */
function combine(contributions: number[]): number {
  contributions.sort((a, b) => b - a);
  const factors = [1, 0.6, 0.4];
  return contributions.reduce((sum, c, i) => sum + c * (factors[i] ?? 0.25), 0);
}

/**
 * A stated code that names one entry and no more: `project_spend_limit_exceeded` does, while a code that is really an
 * error type (`invalid_request_error`, shared by several providers' envelopes) or a code several entries share does not.
 */
function isSpecificCode(signal: string, codes: ReadonlySet<string>, index: SignalIndex): boolean {
  const code = signal.trim();
  if (!codes.has(code) || code.endsWith('error')) return false;
  const pattern = index.patterns.find((p) => p.type === 'signal' && p.text.trim() === code);
  return pattern?.type === 'signal' && pattern.entries.length === 1;
}

/** Scores every entry that at least one signal points at. */
export function scoreEntries(index: SignalIndex, matchedPatterns: ReadonlySet<number>, context: Context): Match[] {
  const perEntry = new Map<number, { contributions: number[]; signals: string[] }>();
  for (const p of matchedPatterns) {
    const pattern = index.patterns[p]!;
    if (pattern.type !== 'signal') continue;
    for (const e of pattern.entries) {
      const acc = perEntry.get(e) ?? { contributions: [], signals: [] };
      acc.contributions.push(pattern.specificity);
      acc.signals.push(pattern.text);
      perEntry.set(e, acc);
    }
  }
  // The kind phrases that matched: a kind's phrase inside a longer one of another kind reads the same words less
  // precisely ("does not exist" inside "route does not exist") and yields to it, as a signal inside a longer signal of
  // the same entry is the same evidence, counted once.
  const hintPhrases = [...perEntry].filter(([e]) => index.entries[e]!.hint).flatMap(([, found]) => found.signals);
  const matches: Match[] = [];
  for (const [e, found] of perEntry) {
    const entry = index.entries[e]!;
    const keep = found.signals.map((s) => !(entry.hint ? hintPhrases : found.signals).some((other) => other.length > s.length && other.includes(s)));
    if (!keep.some(Boolean)) continue;
    const signals = found.signals.filter((_, i) => keep[i]);
    const contributions = found.contributions.filter((_, i) => keep[i]);
    const score =
      (entry.hint ? HINT_DISCOUNT : 1) * combine(contributions) +
      (KIND_BONUS[entry.kind] ?? 0) +
      statusAdjustment(entry, context.status) +
      providerAdjustment(entry, context.providers) +
      clientAdjustment(entry, context.client, context.runtimeOf);
    matches.push({ entry, score, signals });
  }
  // The root cause wins: a wrapper message ("Connection error.", a relay's rewrite of an upstream error) yields
  // to a recognised cause of another kind; when both agree on the kind, the wrapper stays here (a response's envelope
  // yields to its cause in preferCauseUnderWrapper, with the verdict unchanged). A kind's
  // generic phrases count as a cause only for the kinds that are causes (a DNS, TLS, timeout or billing word),
  // not for words a wrapper itself uses ("upstream error", "server error").
  const causes = matches.filter((m) => !m.entry.wrapper && m.score >= ROOT_CAUSE_MIN && (!m.entry.hint || ROOT_CAUSE_HINTS.has(m.entry.kind)));
  for (const m of matches) {
    const other = causes.filter((c) => c.entry.kind !== m.entry.kind);
    // Below the root cause, however long the wrapper's own words are ("Error communicating with OpenAI: … WinError 10060").
    if (m.entry.wrapper && other.length > 0) m.score = Math.min(m.score * 0.5, Math.max(...other.map((c) => c.score)) - 0.01);
  }
  matches.sort((a, b) => b.score - a.score);
  refineByOrigin(matches, context.providers);
  preferEntryOfSameKind(matches);
  preferCauseUnderWrapper(matches, context.providers);
  const refined = context.codes ? refineByCode(matches, context.codes, index) : matches;
  return context.text !== undefined ? refineByShape(refined, context.text) : refined;
}

/**
 * OpenAI-compatible providers copy OpenAI's error wording (DeepSeek, and vLLM, say "This model's maximum context length
 * is …" as OpenAI's older models did). Where the paste names no provider and an OpenAI entry ties with another
 * provider's on the same words, the OpenAI entry's title and fixes are shown (the wording is OpenAI's), but as
 * `byOrigin`: the tie names no provider. It never changes the verdict (same kind, same retry answer).
 */
function refineByOrigin(matches: Match[], providers: Map<ProviderId, number>): void {
  const best = matches.find((m) => !m.entry.hint);
  if (!best || providers.size > 0 || best.entry.providers.join() === 'openai') return;
  const origin = matches.find(
    (m) => m !== best && m.score === best.score && !m.entry.hint && m.entry.providers.join() === 'openai' && m.entry.kind === best.entry.kind && m.entry.retryable === best.entry.retryable,
  );
  if (!origin) return;
  origin.score = best.score + 0.001;
  origin.byOrigin = true;
  matches.sort((a, b) => b.score - a.score);
}

/**
 * Entries of two providers tied on words both providers' bodies carry (`invalid_request_error` is OpenAI's error type
 * and Anthropic's): the body's shape picks between them. It never changes the verdict (same kind, same retry answer),
 * only which entry's title, provider and fix the card shows.
 */
function refineByShape(matches: Match[], text: string): Match[] {
  const [top, next] = matches;
  const shape = shapeOf(text);
  // A tie the wording's origin decided for OpenAI, on a body of OpenAI's shape: the shape names the provider.
  if (top?.byOrigin && shape !== null && top.entry.providers.includes(shape)) delete top.byOrigin;
  if (!top || !next || top.entry.hint || next.entry.hint || next.score < top.score) return matches;
  if (next.entry.kind !== top.entry.kind || next.entry.retryable !== top.entry.retryable) return matches;
  if (!shape || top.entry.providers.includes(shape) || !next.entry.providers.includes(shape)) return matches;
  next.score = top.score + 0.01;
  return matches.sort((a, b) => b.score - a.score);
}

/** OpenAI's error object always has a `param` field (null or the parameter at fault); Anthropic's envelope never does. */
const OPENAI_ERROR_OBJECT = /["']?\bparam["']?\s{0,4}(?::|=>)/;

/** The provider whose error object the paste's body has the shape of. */
function shapeOf(text: string): ProviderId | null {
  return OPENAI_ERROR_OBJECT.test(text) ? 'openai' : null;
}

/**
 * A kind's generic phrase on top yields to a catalogue entry of the same kind that the paste also matches: they agree
 * on what failed, and the entry says more (the status it comes with, its fixes). ("has been deprecated" and
 * OpenAI's model_not_found entry on the same body.)
 */
function preferEntryOfSameKind(matches: Match[]): void {
  const top = matches[0];
  if (!top?.entry.hint) return;
  const entry = matches.find((m) => !m.entry.hint && !m.entry.wrapper && m.entry.kind === top.entry.kind && m.score >= SAME_KIND_ENTRY_MIN);
  if (!entry) return;
  entry.score = top.score + 0.01;
  matches.sort((a, b) => b.score - a.score);
}

/**
 * A wrapper of a response on top (a provider's generic envelope) yields to an entry of the same verdict that names the
 * cause inside it: "image exceeds 5 MB maximum" inside Anthropic's `invalid_request_error` envelope. The verdict stays;
 * the card shows the cause's fix. A network failure's wrapper (a proxy error around a refused connection) says more
 * than what it wraps and stays.
 */
function preferCauseUnderWrapper(matches: Match[], providers: Map<ProviderId, number>): void {
  const top = matches[0];
  if (!top?.entry.wrapper || top.entry.statuses.length === 0) return;
  // Of a provider the envelope or the paste names: OpenAI's "invalid api key" is not inside Anthropic's envelope.
  const named = (m: Match) => m.entry.providers.length === 0 || m.entry.providers.some((p) => top.entry.providers.includes(p) || providers.has(p));
  const cause = matches.find(
    (m) => m !== top && !m.entry.hint && !m.entry.wrapper && m.entry.kind === top.entry.kind && m.entry.retryable === top.entry.retryable && m.score >= ROOT_CAUSE_MIN && named(m),
  );
  if (!cause) return;
  cause.score = top.score + 0.01;
  matches.sort((a, b) => b.score - a.score);
}

/**
 * Within the verdict the words give (same kind, same retry answer), the envelope's own code picks the entry:
 * `"code": "project_spend_limit_exceeded"` names the spend cap that the `insufficient_quota` type and "You exceeded
 * your current quota" message around it share with an empty balance. A code never changes the verdict itself: tried
 * as an outright winner it overrode better evidence on the catalogue's own pastes.
 */
function refineByCode(matches: Match[], codes: ReadonlySet<string>, index: SignalIndex): Match[] {
  const top = matches[0];
  if (!top || top.entry.hint) return matches;
  const refined = matches.find(
    (m) => m !== top && !m.entry.hint && !m.entry.wrapper && m.entry.kind === top.entry.kind && m.entry.retryable === top.entry.retryable &&
      m.signals.some((s) => isSpecificCode(s, codes, index)) && !top.signals.some((s) => isSpecificCode(s, codes, index)),
  );
  if (!refined) return matches;
  refined.score = top.score + 0.01;
  return matches.sort((a, b) => b.score - a.score);
}

const ROOT_CAUSE_MIN = 0.6;
/** How well an entry must match to take over from a kind's phrase that agrees with it. */
const SAME_KIND_ENTRY_MIN = 0.6;
const ROOT_CAUSE_HINTS = new Set<KindId>(['dns', 'tls', 'timeout', 'billing', 'region', 'context_length', 'content_filter']);
/** Generic kind phrases count for less than the same length of a catalogue signal. */
const HINT_DISCOUNT = 0.7;

/** Maps a score to a 0..1 confidence. */
export function confidenceOf(score: number): number {
  if (score <= 0) return 0;
  return Math.round((score / (score + 0.9)) * 100) / 100;
}
