import type { ProviderId, SdkId } from '../catalog/ids';
import { CJK_CHAR } from '../cjk';
import type { ClassifierData, IndexedEntry } from './data';
import { statusPatterns, type StatusPattern } from './extract-status';
import { Matcher } from './matcher';
import { foldForMatching } from './normalize';

export type { ClassifierData, IndexedEntry } from './data';

/**
 * A pattern is matched on folded text, where `_` reads as a space. A literal written as an identifier
 * (`rate_limit_exceeded`) must also appear as that identifier: prose that folds the same ("Rate limit exceeded")
 * is not the code. `identifiers` lists the lowercase identifier forms; null when a prose form is accepted too.
 */
export type Pattern = { text: string; identifiers: string[] | null } & (
  | { type: 'signal'; entries: number[]; specificity: number }
  | { type: 'provider'; id: ProviderId; weight: number }
  | { type: 'client'; id: string; weight: number; exclusive: boolean }
  | { type: 'sdk'; id: SdkId; weight: number }
);

/** All catalogue signals and markers compiled into one matcher, built once per catalogue. */
export interface SignalIndex {
  data: ClassifierData;
  entries: readonly IndexedEntry[];
  patterns: readonly Pattern[];
  matcher: Matcher;
  statusPatterns: readonly StatusPattern[];
}

const CJK = new RegExp(CJK_CHAR.source, 'g');

/**
 * How much one signal says: longer strings are more specific, strings shared by several entries less. A CJK
 * character carries about as much as a short word, so it counts as three characters.
 */
function specificity(signal: string, sharedBy: number): number {
  const effectiveLength = signal.length + 2 * (signal.match(CJK)?.length ?? 0);
  const length = Math.min(1.6, Math.max(0.35, (effectiveLength - 2) / 12));
  return length / Math.sqrt(sharedBy);
}

/** The literal's identifier form (lower case) when it is written as one: contains `_` and no space. */
function identifierOf(raw: string): string | null {
  const lower = raw.trim().toLowerCase();
  return lower.includes('_') && !/\s/.test(lower) ? lower : null;
}

const identifiersOf = (raw: string) => (identifierOf(raw) ? [identifierOf(raw)!] : null);

/** Drops the hits of identifier literals whose identifier form is not in the text. */
export function keepIdentifiers(patterns: readonly Pattern[], hits: Iterable<number>, lowerText: string): Set<number> {
  const kept = new Set<number>();
  for (const p of hits) {
    const ids = patterns[p]!.identifiers;
    if (!ids || ids.some((id) => lowerText.includes(id))) kept.add(p);
  }
  return kept;
}

export function buildSignalIndex(data: ClassifierData): SignalIndex {
  const { entries } = data;
  const patterns: Pattern[] = [];
  const bySignal = new Map<string, number>();
  entries.forEach((entry, index) => {
    for (const raw of entry.signals) {
      const text = foldForMatching(raw).trim();
      const known = bySignal.get(text);
      if (known !== undefined) {
        const pattern = patterns[known] as Extract<Pattern, { type: 'signal' }>;
        if (!pattern.entries.includes(index)) pattern.entries.push(index);
        pattern.identifiers = pattern.identifiers && identifierOf(raw) ? [...new Set([...pattern.identifiers, identifierOf(raw)!])] : null;
      } else {
        bySignal.set(text, patterns.length);
        patterns.push({ type: 'signal', text, identifiers: identifierOf(raw) ? [identifierOf(raw)!] : null, entries: [index], specificity: 0 });
      }
    }
  });
  for (const pattern of patterns) {
    if (pattern.type === 'signal') pattern.specificity = specificity(pattern.text, pattern.entries.length);
  }
  for (const [id, markers] of Object.entries(data.providerMarkers) as [ProviderId, ClassifierData['providerMarkers'][ProviderId]][]) {
    for (const { text, weight } of markers) patterns.push({ type: 'provider', id, weight, text: foldForMatching(text), identifiers: identifiersOf(text) });
  }
  for (const [id, markers] of [...Object.entries(data.toolMarkers), ...Object.entries(data.clientMarkers)]) {
    for (const { text, weight, exclusive } of markers) {
      patterns.push({ type: 'client', id, weight, exclusive: exclusive === true, text: foldForMatching(text), identifiers: identifiersOf(text) });
    }
  }
  for (const [id, markers] of Object.entries(data.sdkMarkers) as [SdkId, string[]][]) {
    for (const text of markers) patterns.push({ type: 'sdk', id, weight: 1, text: foldForMatching(text), identifiers: identifiersOf(text) });
  }
  return { data, entries, patterns, matcher: new Matcher(patterns.map((p) => p.text)), statusPatterns: statusPatterns(data.reasonPhrases) };
}
