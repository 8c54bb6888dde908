/**
 * The word model: the last resort before "not recognised". When no entry, phrase, status or exit code places a
 * paste, the words around the error still lean one way ("quota", "billing", "plan" lean to billing). A naive Bayes
 * over word presence, counted from the real pastes the catalogue and its training batches hold
 * (`content/catalog/word-model.json`, written by `npm run word-model`), names the kind when it is clearly ahead.
 */
import type { KindId } from '../taxonomy';

/** Per kind, how many training pastes it has, and per word, in how many pastes of each kind it occurs. */
export interface WordModel {
  kinds: KindId[];
  pastes: number[];
  words: Record<string, number[]>;
}

/**
 * A word must occur in this many training pastes to be counted: rarer ones are a thread's own names. 6 rather than 5
 * leaves out 388 of 2905 words (3.1 KB of the first-verdict data) and, cross-validated five ways over the training
 * halves, decides 3 more pastes right.
 */
export const MIN_PASTES_PER_WORD = 6;
/** Only this much of a paste is read for words: the error is near its top, and the cost stays flat. */
const READ_CHARS = 4000;
const LATIN_WORD = /[a-z][a-z_]{2,24}/g;
const CJK_RUN = /[\u4e00-\u9fff]{2,}/g;
const STOP_WORDS = new Set('the and for with that this from your you are was not but have has can will any all its our out get use new one two'.split(' '));

/**
 * What the words of a paste leave out, as the one expression `wordsOf` replaces:
 * - a command's request headers (curl's `-H 'Authorization: Api-Key …'`, `--header "x-api-key: …"`): what the user sent,
 *   not what the server answered, so their words say nothing of the failure;
 * - a stack trace's frames (JavaScript's and Java's `at postToApi (…)`, Python's `File "…", line 12`): where the program
 *   was, named by its own functions and paths, not what failed. Counted, their words (`posttoapi`, `dostream`, `utils`)
 *   leaned whole traces to whatever kind the few threads of one program had. Without them, cross-validated five ways
 *   over the training pastes where no signal decides, the words get 445 of 897 right against 441; held-out kind +19.
 */
const NOT_READ = /(?<!\S)(?:-h|--header)[ \t]+(?:'[^'\n]{0,300}'|"[^"\n]{0,300}")|^[ \t]*(?:at \S|file ").*$/gm;

/** The words of a paste, each once, outside NOT_READ: lower-case Latin words of 3 to 25 letters, and each pair of adjacent CJK characters. */
export function wordsOf(text: string): Set<string> {
  const lower = text.slice(0, READ_CHARS).toLowerCase().replace(NOT_READ, ' ');
  const words = new Set<string>();
  for (const w of lower.match(LATIN_WORD) ?? []) if (!STOP_WORDS.has(w)) words.add(w);
  for (const run of lower.match(CJK_RUN) ?? []) for (let i = 0; i < run.length - 1; i++) words.add(run.slice(i, i + 2));
  return words;
}

/**
 * How far a word's spread over the kinds must stray from the kinds' own spread to be kept: its G statistic (twice the
 * sum over kinds of count × ln(count / the count the kind's share of all pastes predicts)) at least the degrees of
 * freedom, the number of kinds less one, which is what chance alone gives on average. Below it a word ("echo", "world",
 * "axios") says nothing of the kind. Cross-validated five ways over the 8,750 pastes the model was counted from, the
 * cut decides as many kinds right (7,718 either way) and leaves out 517 of 2,799 words (4.6 KB gzip of the
 * first-verdict data).
 */
function informative(row: readonly number[], share: readonly number[]): boolean {
  const n = row.reduce((a, b) => a + b, 0);
  const g = 2 * row.reduce((sum, c, k) => (c > 0 ? sum + c * Math.log(c / (n * share[k]!)) : sum), 0);
  return g >= row.length - 1;
}

/**
 * Counts the model from labelled pastes; words in fewer than MIN_PASTES_PER_WORD pastes, and words spread over the kinds
 * as chance would spread them (`informative`), are left out.
 */
export function buildWordModel(pastes: readonly { text: string; kind: KindId }[], kinds: readonly KindId[]): WordModel {
  const column = new Map(kinds.map((k, i) => [k, i]));
  const perKind = kinds.map(() => 0);
  const counts = new Map<string, number[]>();
  for (const { text, kind } of pastes) {
    const k = column.get(kind)!;
    perKind[k]!++;
    for (const w of wordsOf(text)) {
      let row = counts.get(w);
      if (!row) counts.set(w, (row = kinds.map(() => 0)));
      row[k]!++;
    }
  }
  const total = perKind.reduce((a, b) => a + b, 0);
  const share = perKind.map((n) => n / Math.max(total, 1));
  const words: Record<string, number[]> = {};
  for (const w of [...counts.keys()].sort()) {
    const row = counts.get(w)!;
    if (row.reduce((a, b) => a + b, 0) >= MIN_PASTES_PER_WORD && informative(row, share)) words[w] = row;
  }
  return { kinds: [...kinds], pastes: perKind, words };
}

/**
 * The model as the classifier carries it: the words joined by spaces (no word holds one), and per kind one string with
 * a character per word, its count in base 62 (`0-9a-zA-Z`; a count of 62 or more as `~<decimal>~`, which few words
 * reach). Most counts are 0 or 1, so each kind's string is mostly a run of a few characters: it gzips 1.2 KB smaller
 * than the counts as numbers, and the diagnose island waits for it before its first verdict.
 */
export interface PackedWordModel {
  kinds: KindId[];
  pastes: number[];
  vocabulary: string;
  counts: string[];
}

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function countsToString(counts: number[]): string {
  return counts.map((n) => (n < DIGITS.length ? DIGITS[n] : `~${n}~`)).join('');
}

function countsOfString(packed: string): number[] {
  return (packed.match(/~\d+~|[^~]/g) ?? []).map((c) => (c.length > 1 ? Number(c.slice(1, -1)) : DIGITS.indexOf(c)));
}

export function packWordModel(model: WordModel): PackedWordModel {
  const words = Object.keys(model.words);
  const counts = model.kinds.map((_, k) => countsToString(words.map((w) => model.words[w]![k]!)));
  return { kinds: model.kinds, pastes: model.pastes, vocabulary: words.join(' '), counts };
}

/** The model as log probabilities, computed once per catalogue. */
export interface WordIndex {
  kinds: KindId[];
  logPrior: number[];
  logSeen: Map<string, number[]>;
}

/**
 * Add-one-half smoothing: a word never seen with a kind still leaves it a chance. Cross-validated five ways over the 883
 * training pastes no signal places (2026-12-07: 428 right), smoothing of 0.1 to 1 decides 422 to 430, a Bernoulli model
 * (absent words counted too) at most 427, complement naive Bayes at most 392, and a logistic regression over the same
 * words 431 (439 with adjacent word pairs, a far larger model): none was worth a change.
 */
const SMOOTHING = 0.5;

export function wordIndexOf(model: PackedWordModel): WordIndex {
  const total = model.pastes.reduce((a, b) => a + b, 0);
  const words = model.vocabulary === '' ? [] : model.vocabulary.split(' ');
  const perKind = model.counts.map(countsOfString);
  const rows = words.map((_, i) => perKind.map((counts) => counts[i]!));
  const wordsPerKind = model.kinds.map((_, k) => rows.reduce((sum, row) => sum + row[k]!, 0));
  const logSeen = new Map<string, number[]>();
  words.forEach((word, i) => {
    logSeen.set(word, rows[i]!.map((n, k) => Math.log((n + SMOOTHING) / (wordsPerKind[k]! + SMOOTHING * words.length))));
  });
  return { kinds: model.kinds, logPrior: model.pastes.map((n) => Math.log(Math.max(n, 1) / Math.max(total, 1))), logSeen };
}

/**
 * A guess needs at least half the probability: below it, the words do not lean clearly enough. Cross-validated five
 * ways over the 6,417 training halves (the model recounted without each fifth), 0.5 decides 13 more kinds right than
 * 0.7 did (0.4 to 0.55 within 3 of it; 0.9 loses 25): a paste left unknown is as wrong as a wrong guess, and naive
 * Bayes is overconfident, so a high bar mostly turns right guesses into unknowns.
 */
const MIN_PROBABILITY = 0.5;
const SHOWN_WORDS = 3;

export interface WordGuess {
  kind: KindId;
  probability: number;
  /** The paste's words that pointed to the kind most. */
  words: string[];
}

/** The kind the paste's words point to, or null when they point nowhere clearly (or to "unknown"). */
export function guessByWords(text: string, index: WordIndex): WordGuess | null {
  const known = [...wordsOf(text)].filter((w) => index.logSeen.has(w));
  if (known.length === 0) return null;
  const scores = index.logPrior.slice();
  for (const w of known) index.logSeen.get(w)!.forEach((l, k) => (scores[k]! += l));
  const top = scores.indexOf(Math.max(...scores));
  const probability = 1 / scores.reduce((sum, s) => sum + Math.exp(s - scores[top]!), 0);
  const kind = index.kinds[top]!;
  if (kind === 'unknown' || probability < MIN_PROBABILITY) return null;
  // A word points to the kind by how much likelier it is there than anywhere else.
  const lean = (w: string) => {
    const row = index.logSeen.get(w)!;
    return row[top]! - Math.max(...row.filter((_, k) => k !== top));
  };
  const leaning = known.filter((w) => lean(w) > 0).sort((a, b) => lean(b) - lean(a));
  return { kind, probability, words: (leaning.length > 0 ? leaning : known).slice(0, SHOWN_WORDS) };
}
