import type { ProviderId, SdkId, ToolId } from '../catalog/ids';
import type { KindId } from '../taxonomy';
import { extractCurlExit, extractEmptyRateLimitBucket, extractExceptions, extractRequestId, extractRetryAfter } from './extract-meta';
import { extractStatus, impliedStatus } from './extract-status';
import { fuzzyMatch } from './fuzzy';
import { foldForMatching, readable, window } from './normalize';
import { confidenceOf, scoreEntries, type Match } from './score';
import { redact } from '../redact';
import type { SignalIndex } from './signal-index';
import { kindForCurlExit, kindForStatus } from './status-defaults';
import type { Alternative, Diagnosis, Evidence } from './types';

/** Below this score an entry is only an alternative, never the verdict. */
const ACCEPT = 0.55;
const MIN_SOURCE_WEIGHT = 2;

function strongest<T extends string>(weights: Map<T, number>, eligible: (id: T) => boolean = () => true, minimum = MIN_SOURCE_WEIGHT): T | null {
  let best: T | null = null;
  let bestWeight = 0;
  for (const [id, weight] of weights) {
    if (eligible(id) && weight > bestWeight) [best, bestWeight] = [id, weight];
  }
  return bestWeight >= minimum ? best : null;
}

function unknown(evidence: Evidence[] = [], alternatives: Alternative[] = []): Diagnosis {
  return {
    status: null, kind: 'unknown', retryable: null, entry: null, provider: null, client: null, sdk: null, requestId: null,
    retryAfterSeconds: null, confidence: 0, evidence, alternatives,
  };
}

function originalSignal(match: Match, folded: string): string {
  return match.entry.signals.find((s) => foldForMatching(s).trim() === folded) ?? folded;
}

function alternativesOf(matches: Match[], skip: string | null): Alternative[] {
  return matches
    .filter((m) => m.entry.id !== skip && !m.entry.hint && m.score > 0)
    .slice(0, 3)
    .map((m) => ({ entry: m.entry.id, kind: m.entry.kind, confidence: confidenceOf(m.score) }));
}

function diagnose(input: string, index: SignalIndex): Diagnosis {
  const text = readable(window(input));
  const folded = foldForMatching(text);
  if (folded.trim().length === 0) return unknown();

  const matched = new Set(index.matcher.search(folded).map((hit) => hit.pattern));
  const { data } = index;
  const providers = new Map<ProviderId, number>();
  const clients = new Map<ToolId, number>();
  const sdks = new Map<SdkId, number>();
  for (const p of matched) {
    const pattern = index.patterns[p]!;
    if (pattern.type === 'provider') providers.set(pattern.id, (providers.get(pattern.id) ?? 0) + pattern.weight);
    if (pattern.type === 'client') clients.set(pattern.id, (clients.get(pattern.id) ?? 0) + pattern.weight);
    if (pattern.type === 'sdk') sdks.set(pattern.id, (sdks.get(pattern.id) ?? 0) + pattern.weight);
  }
  // A tool built on a runtime (Claude Code on Node) wins over the runtime when both are recognised.
  const client = strongest(clients, (id) => data.runtimeOf[id] !== id) ?? strongest(clients);
  const sdk = strongest(sdks, () => true, 1);
  const { status, evidence: statusEvidence } = extractStatus(text, index.statusPatterns);
  const { requestId, evidence: idEvidence } = extractRequestId(text);
  const { seconds: retryAfterSeconds, evidence: retryEvidence } = extractRetryAfter(text);
  const { exitCode, evidence: exitEvidence } = extractCurlExit(text);
  const [exception] = extractExceptions(text);

  let matches = scoreEntries(index, matched, { status, providers, client, runtimeOf: data.runtimeOf });
  let fuzzy = false;
  if (!matches[0] || matches[0].score < ACCEPT) {
    const hits = fuzzyMatch(index, text);
    if (hits.length > 0) {
      const fuzzyPatterns = new Set(hits.map((hit) => hit.pattern));
      const rescored = scoreEntries(index, new Set([...matched, ...fuzzyPatterns]), { status, providers, client, runtimeOf: data.runtimeOf });
      if (rescored[0] && rescored[0].score > (matches[0]?.score ?? 0)) {
        matches = rescored.map((m) => ({ ...m, score: m.score * 0.85 }));
        fuzzy = true;
      }
    }
  }

  const evidence: Evidence[] = [...statusEvidence, ...exitEvidence];
  if (exception) evidence.push({ type: 'exception', text: exception });
  const best = matches[0] && matches[0].score >= ACCEPT ? matches[0] : undefined;
  const provider = strongest(providers) ?? (best?.entry.providers.length === 1 ? best.entry.providers[0]! : null);
  const resolvedClient = client ?? (best?.entry.clients.length === 1 ? best.entry.clients[0]! : null);
  if (provider) evidence.push({ type: 'provider', text: provider });
  if (resolvedClient) evidence.push({ type: 'client', text: resolvedClient });
  if (sdk) evidence.push({ type: 'sdk', text: sdk });
  evidence.push(...retryEvidence, ...idEvidence);
  const common = { status, provider, client: resolvedClient, sdk, requestId, retryAfterSeconds };

  if (best) {
    const signalEvidence: Evidence[] = best.signals.map((s) => ({
      type: best.entry.hint ? 'hint' : fuzzy ? 'fuzzy' : 'signal',
      text: originalSignal(best, s),
    }));
    return {
      ...common,
      kind: best.entry.kind,
      retryable: best.entry.retryable,
      entry: best.entry.hint ? null : best.entry.id,
      confidence: confidenceOf(best.score),
      evidence: [...signalEvidence, ...evidence],
      alternatives: alternativesOf(matches, best.entry.id),
    };
  }

  const fallbackStatus = status ?? impliedStatus(text.toLowerCase(), data.impliedStatus);
  const emptyBucket = extractEmptyRateLimitBucket(text);
  const fallbackKind: KindId | undefined =
    (exitCode !== null ? kindForCurlExit(exitCode, data) : undefined) ??
    (fallbackStatus !== null ? kindForStatus(fallbackStatus, data) : undefined) ??
    (emptyBucket.length > 0 ? 'rate_limit' : undefined);
  if (fallbackKind) {
    evidence.push(...emptyBucket);
    return {
      ...common,
      kind: fallbackKind,
      retryable: data.kindRetryable[fallbackKind],
      entry: null,
      confidence: 0.5,
      evidence: [
        ...evidence,
        { type: 'fallback', text: exitCode !== null ? `curl exit ${exitCode}` : fallbackStatus !== null ? `HTTP ${fallbackStatus}` : 'rate-limit headers' },
      ],
      alternatives: alternativesOf(matches, null),
    };
  }
  return { ...unknown(evidence, alternativesOf(matches, null)), ...common };
}

/**
 * Reads any pasted error text against a signal index and says what went wrong, whether to retry, and which
 * catalogue entry explains it. Pure: no I/O, same result in the browser, Node and tests. Never throws.
 */
export function classifyWith(index: SignalIndex, text: unknown): Diagnosis {
  try {
    const d = diagnose(typeof text === 'string' ? text : '', index);
    // Evidence quotes the paste: never let a key travel with it.
    return { ...d, evidence: d.evidence.map((e) => ({ ...e, text: redact(e.text) })) };
  } catch {
    return unknown();
  }
}
