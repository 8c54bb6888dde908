import type { Entry } from '../catalog';
import { KIND_HINTS } from '../kind-hints';
import { getKind } from '../taxonomy';
import type { ProviderId, ToolId } from '../catalog/ids';
import { CLIENT_FINGERPRINTS, PROVIDER_FINGERPRINTS } from './fingerprints';
import { Matcher } from './matcher';
import { foldForMatching } from './normalize';

/** What the classifier needs of one catalogue entry. */
export interface IndexedEntry {
  id: string;
  kind: Entry['kind'];
  statuses: readonly number[];
  providers: readonly ProviderId[];
  clients: readonly ToolId[];
  retryable: boolean;
  signals: readonly string[];
  wrapper: boolean;
  /** A kind's generic phrases rather than a catalogue entry: weaker, and it names no entry. */
  hint: boolean;
}

export type Pattern = { text: string } & (
  | { type: 'signal'; entries: number[]; specificity: number }
  | { type: 'provider'; id: ProviderId; weight: number }
  | { type: 'client'; id: ToolId; weight: number }
);

/** All catalogue signals and fingerprints compiled into one matcher, built once per catalogue. */
export interface SignalIndex {
  entries: readonly IndexedEntry[];
  patterns: readonly Pattern[];
  matcher: Matcher;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

/**
 * How much one signal says: longer strings are more specific, strings shared by several entries less. A CJK
 * character carries about as much as a short word, so it counts as three characters.
 */
function specificity(signal: string, sharedBy: number): number {
  const effectiveLength = signal.length + 2 * (signal.match(CJK)?.length ?? 0);
  const length = Math.min(1.6, Math.max(0.35, (effectiveLength - 2) / 12));
  return length / Math.sqrt(sharedBy);
}

export function buildSignalIndex(entries: readonly IndexedEntry[]): SignalIndex {
  const patterns: Pattern[] = [];
  const bySignal = new Map<string, number>();
  entries.forEach((entry, index) => {
    for (const raw of entry.signals) {
      const text = foldForMatching(raw).trim();
      const known = bySignal.get(text);
      if (known !== undefined) {
        const pattern = patterns[known] as Extract<Pattern, { type: 'signal' }>;
        if (!pattern.entries.includes(index)) pattern.entries.push(index);
      } else {
        bySignal.set(text, patterns.length);
        patterns.push({ type: 'signal', text, entries: [index], specificity: 0 });
      }
    }
  });
  for (const pattern of patterns) {
    if (pattern.type === 'signal') pattern.specificity = specificity(pattern.text, pattern.entries.length);
  }
  for (const [id, text, weight] of PROVIDER_FINGERPRINTS) patterns.push({ type: 'provider', id, weight, text: foldForMatching(text) });
  for (const [id, text, weight] of CLIENT_FINGERPRINTS) patterns.push({ type: 'client', id, weight, text: foldForMatching(text) });
  return { entries, patterns, matcher: new Matcher(patterns.map((p) => p.text)) };
}

export function indexEntries(entries: readonly Entry[]): IndexedEntry[] {
  return entries
    .filter((e) => !e.deprecated)
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      statuses: e.statuses,
      providers: e.providers,
      clients: e.clients,
      retryable: e.retry.retryable,
      signals: e.signals,
      wrapper: e.wrapper === true,
      hint: false,
    }));
}

/** One pseudo-entry per kind holding its generic phrases (see kind-hints.ts). */
export function indexKindHints(): IndexedEntry[] {
  return (Object.entries(KIND_HINTS) as [Entry['kind'], (typeof KIND_HINTS)[keyof typeof KIND_HINTS]][]).map(([kind, hints]) => ({
    id: `kind:${kind}`,
    kind,
    statuses: hints.statuses,
    providers: [],
    clients: [],
    retryable: getKind(kind).retryable === true,
    signals: hints.phrases,
    wrapper: false,
    hint: true,
  }));
}
