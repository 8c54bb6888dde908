import type { KindId } from '../taxonomy';
import type { ProviderId, ToolId } from '../catalog/ids';
import { TOOL_CLIENTS } from './fingerprints';
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
  providers: Map<ProviderId, number>;
  client: ToolId | null;
}

export interface Match {
  entry: IndexedEntry;
  score: number;
  signals: string[];
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
  if (agree > 0) return Math.min(0.45, 0.15 * agree);
  // A relay passes upstream errors through, and an upstream error can reach a relay user.
  if (providers.has('relay') || entry.providers.includes('relay')) return 0;
  return strongest >= PROVIDER_CERTAIN ? -0.45 : -0.15;
}

function clientAdjustment(entry: IndexedEntry, client: ToolId | null): number {
  if (entry.clients.length === 0) return 0;
  if (client && entry.clients.includes(client)) return 0.35;
  if (client && TOOL_CLIENTS.includes(client)) return -0.3;
  return -0.15;
}

function statusAdjustment(entry: IndexedEntry, status: number | null): number {
  if (status === null) return 0;
  if (entry.statuses.includes(status)) return 0.6;
  return entry.statuses.length > 0 ? -0.8 : -0.4;
}

/** Diminishing returns: the strongest signal counts fully, the next ones less and less. */
function combine(contributions: number[]): number {
  contributions.sort((a, b) => b - a);
  const factors = [1, 0.6, 0.4];
  return contributions.reduce((sum, c, i) => sum + c * (factors[i] ?? 0.25), 0);
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
  const matches: Match[] = [];
  for (const [e, { contributions, signals }] of perEntry) {
    const entry = index.entries[e]!;
    const score =
      combine(contributions) +
      (KIND_BONUS[entry.kind] ?? 0) +
      statusAdjustment(entry, context.status) +
      providerAdjustment(entry, context.providers) +
      clientAdjustment(entry, context.client);
    matches.push({ entry, score, signals });
  }
  return matches.sort((a, b) => b.score - a.score);
}

/** Maps a score to a 0..1 confidence. */
export function confidenceOf(score: number): number {
  if (score <= 0) return 0;
  return Math.round((score / (score + 0.9)) * 100) / 100;
}
