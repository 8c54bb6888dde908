import type { ProviderId, SdkId } from '../catalog/ids';
import { CJK_CHAR } from '../cjk';
import type { ClassifierData, IndexedEntry } from './data';
import { statusPatterns, type StatusPattern } from './extract-status';
import { Matcher } from './matcher';
import { foldForMatching } from './normalize';
import { wordIndexOf, type WordIndex } from './words';

export type { ClassifierData, IndexedEntry } from './data';

/**
 * A pattern is matched on folded text, where `_` reads as a space. A literal written as an identifier
 * (`rate_limit_exceeded`) must also appear as that identifier: prose that folds the same ("Rate limit exceeded")
 * is not the code. `identifiers` lists the lowercase identifier forms; null when a prose form is accepted too.
 */
export type Pattern = { text: string; identifiers: string[] | null } & (
  | { type: 'signal'; entries: number[]; specificity: number; word: WordRule | null }
  | { type: 'provider'; id: ProviderId; weight: number }
  | { type: 'client'; id: string; weight: number; exclusive: boolean }
  | { type: 'sdk'; id: SdkId; weight: number }
);

/**
 * A kind's generic one-word phrase (`enotfound`, `timeout`, `cert `) counts only as a word of its own: starting a
 * word (camelCase counts, so `ReadTimeout` has `timeout` but `ResourceNotFoundException` has no `enotfound`) and,
 * when written with a trailing space, ending one (`cert ` is not `Certification`).
 */
export interface WordRule {
  end: boolean;
}

/** All catalogue signals and markers compiled into one matcher, built once per catalogue. */
export interface SignalIndex {
  data: ClassifierData;
  entries: readonly IndexedEntry[];
  patterns: readonly Pattern[];
  matcher: Matcher;
  statusPatterns: readonly StatusPattern[];
  /** Each entry's signals as the catalogue spells them, by their folded form (for evidence). */
  spellings: ReadonlyMap<IndexedEntry, ReadonlyMap<string, string>>;
  /** The word model as log probabilities. */
  words: WordIndex;
}

const CJK = new RegExp(CJK_CHAR.source, 'g');

/**
 * How much one signal says: longer strings are more specific, strings shared by several entries less. A CJK
 * character carries about as much as a short word, so it counts as three characters.
 */
function specificity(signal: string, sharedBy: number): number {
  const effectiveLength = signal.length + 2 * (signal.match(CJK)?.length ?? 0);
  const length = Math.min(1.6, Math.max(0.35, (effectiveLength - 2) / 12));
  // Past the cap, a longer signal still says a little more: it wins a tie with a shorter one it contains.
  return (length + effectiveLength / 10_000) / Math.sqrt(sharedBy);
}

/** The literal's identifier form (lower case) when it is written as one: contains `_` and no space. */
function identifierOf(raw: string): string | null {
  const lower = raw.trim().toLowerCase();
  return lower.includes('_') && !/\s/.test(lower) ? lower : null;
}

const ONE_WORD = /^[a-z0-9]+$/;
const LETTER_OR_DIGIT = /[A-Za-z0-9]/;
const MIXED_CASE = /[a-z][A-Z]|[A-Z][a-z]/;
const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';
const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
/** At most this many occurrences of a phrase are looked at for one that stands as a word. */
const MAX_OCCURRENCES = 50;

/** The letters and digits around `at`, at most 60 each way: the word a match sits in. */
function wordAround(text: string, from: number, to: number): string {
  let start = from;
  let end = to;
  while (start > 0 && from - start < 60 && LETTER_OR_DIGIT.test(text[start - 1]!)) start--;
  while (end < text.length && end - to < 60 && LETTER_OR_DIGIT.test(text[end]!)) end++;
  return text.slice(start, end);
}

/**
 * Whether `text[at]` starts a word: after a non-word character, or at a camelCase capital (`Read|Timeout`,
 * `API|Timeout`). A word in one case only (`readtimeout`, `GATEWAYTIMEOUT`) shows no parts, so any place in it counts.
 */
function startsWord(text: string, at: number, word: string): boolean {
  const before = text[at - 1];
  if (before === undefined || !LETTER_OR_DIGIT.test(before)) return true;
  if (!MIXED_CASE.test(word)) return true;
  const c = text[at];
  return isUpper(c) && (isLower(before) || isLower(text[at + 1]));
}

/**
 * Whether the word ends right before `text[at]`: a non-word character or a camelCase capital follows. Unlike a start,
 * an end inside a word in one case does not count: 'cert ' is not in "certain".
 */
function endsWord(text: string, at: number, word: string): boolean {
  const after = text[at];
  return after === undefined || !LETTER_OR_DIGIT.test(after) || (MIXED_CASE.test(word) && isUpper(after) && isLower(text[at - 1]));
}

/** Whether a one-word phrase occurs in `text` as a word of its own (see WordRule). */
export function occursAsWord(text: string, lowerText: string, phrase: string, rule: WordRule): boolean {
  for (let at = lowerText.indexOf(phrase), n = 0; at !== -1 && n < MAX_OCCURRENCES; at = lowerText.indexOf(phrase, at + 1), n++) {
    const word = wordAround(text, at, at + phrase.length);
    if (startsWord(text, at, word) && (!rule.end || endsWord(text, at + phrase.length, word))) return true;
  }
  return false;
}

/** Whether a program's one-word name starts a word: after a non-word character, or as a camelCase capital (`RooCline`), not in "DECLINED". */
function startsName(text: string, lowerText: string, name: string): boolean {
  for (let at = lowerText.indexOf(name), n = 0; at !== -1 && n < MAX_OCCURRENCES; at = lowerText.indexOf(name, at + 1), n++) {
    const before = text[at - 1];
    if (before === undefined || !LETTER_OR_DIGIT.test(before) || (isUpper(text[at]) && isLower(before))) return true;
  }
  return false;
}

const identifiersOf = (raw: string) => (identifierOf(raw) ? [identifierOf(raw)!] : null);

/**
 * Whether an identifier starts a token of the text: not inside a longer word (undici's `und_err` is not in
 * Anthropic's `not_found_error`, where "found" ends in "und"). An error type's name (`…_error`) is not the tail of a
 * longer one either: watsonx's `path_not_found_error` is not Anthropic's `not_found_error`, nor OpenaiEx's
 * `sse_timeout_error` its `timeout_error`. (Other identifiers may follow an underscore: Vercel's
 * `EDGE_FUNCTION_INVOCATION_TIMEOUT` holds its `FUNCTION_INVOCATION_TIMEOUT`.)
 */
function holdsIdentifier(lowerText: string, id: string): boolean {
  const errorType = id.endsWith('_error');
  for (let at = lowerText.indexOf(id); at !== -1; at = lowerText.indexOf(id, at + 1)) {
    const before = at === 0 ? 0 : lowerText.charCodeAt(at - 1);
    if (!((before >= 97 && before <= 122) || (before >= 48 && before <= 57) || (errorType && before === 95))) return true;
  }
  return false;
}

/**
 * Drops the hits of identifier literals whose identifier form is not in the text, and of one-word phrases and
 * program names that occur only inside other words.
 */
export function keepIdentifiers(patterns: readonly Pattern[], hits: Iterable<number>, text: string): Set<number> {
  const lowerText = text.toLowerCase();
  const kept = new Set<number>();
  for (const p of new Set(hits)) {
    const pattern = patterns[p]!;
    const ids = pattern.identifiers;
    if (ids && !ids.some((id) => holdsIdentifier(lowerText, id))) continue;
    if (pattern.type === 'signal' && pattern.word && !occursAsWord(text, lowerText, pattern.text, pattern.word)) continue;
    // A program's one-word name starts a word: Cline's `cline` is in `roo-cline`, not in "declined".
    if (pattern.type === 'client' && ONE_WORD.test(pattern.text) && !startsName(text, lowerText, pattern.text)) continue;
    kept.add(p);
  }
  return kept;
}

export function buildSignalIndex(data: ClassifierData): SignalIndex {
  const { entries } = data;
  const patterns: Pattern[] = [];
  const bySignal = new Map<string, number>();
  const spellings = new Map<IndexedEntry, Map<string, string>>();
  entries.forEach((entry, index) => {
    const spelling = new Map<string, string>();
    spellings.set(entry, spelling);
    for (const raw of entry.signals) {
      const text = foldForMatching(raw).trim();
      if (!spelling.has(text)) spelling.set(text, raw);
      const known = bySignal.get(text);
      if (known !== undefined) {
        const pattern = patterns[known] as Extract<Pattern, { type: 'signal' }>;
        if (!pattern.entries.includes(index)) pattern.entries.push(index);
        // An entry's own signal is exact wherever it occurs.
        if (!entry.hint) pattern.word = null;
        pattern.identifiers = pattern.identifiers && identifierOf(raw) ? [...new Set([...pattern.identifiers, identifierOf(raw)!])] : null;
      } else {
        bySignal.set(text, patterns.length);
        const word = entry.hint && ONE_WORD.test(text) ? { end: /\s$/.test(raw) } : null;
        patterns.push({ type: 'signal', text, identifiers: identifierOf(raw) ? [identifierOf(raw)!] : null, entries: [index], specificity: 0, word });
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
  return { data, entries, patterns, matcher: new Matcher(patterns.map((p) => p.text)), statusPatterns: statusPatterns(data.reasonPhrases), spellings, words: wordIndexOf(data.wordModel) };
}
