import Fuse from 'fuse.js/basic';
import { CJK_RANGES } from '../cjk';
import { holdsNear, nearPattern, type NearPattern } from './near-substring';
import type { SignalIndex } from './signal-index';

/**
 * Fuzzy fallback with fuse.js, used only when no signal matched exactly: finds catalogue signals that occur
 * with small differences (other spelling, punctuation, a word changed) in the paste's message lines. Only
 * signals that share a distinctive word with those lines are tried, so the cost stays small.
 */

const MAX_LINES = 4;
const MAX_LINE = 160;
const MIN_SIGNAL = 8;
const MAX_SIGNAL = 32;
const MAX_CANDIDATES = 12;
const THRESHOLD = 0.2;
const WORD = new RegExp(`[a-z][a-z_]{5,}|[${CJK_RANGES}]{2,}`, 'g');

/** The lines most likely to carry the error message: message fields, exception lines, first and last lines. */
export function messageLines(text: string): string[] {
  const lines: string[] = [];
  const add = (line: string | undefined) => {
    const trimmed = line?.trim().slice(0, MAX_LINE).toLowerCase();
    if (trimmed && trimmed.length >= MIN_SIGNAL && !lines.includes(trimmed) && lines.length < MAX_LINES) lines.push(trimmed);
  };
  const message = /["']message["']\s{0,2}:\s{0,2}["']([^"'\n]{8,300})/g;
  let count = 0;
  for (let m = message.exec(text); m && count < 2; m = message.exec(text), count++) add(m[1]);
  const all = text.split('\n', 2000);
  const errorish = all.filter((l) => l.length < 4000 && /error|exception|fail|错误|失败/i.test(l));
  add(errorish[errorish.length - 1]);
  add(errorish[0]);
  add(all.find((l) => l.trim()));
  add(all.findLast((l) => l.trim()));
  return lines;
}

export interface FuzzyHit {
  pattern: number;
  strength: number;
}

/** The most edits fuse.js accepts in a pattern of `length` characters: errors / length within THRESHOLD. */
function maxErrors(length: number): number {
  let errors = 0;
  while ((errors + 1) / length <= THRESHOLD) errors++;
  return errors;
}

interface Candidates {
  /** The eligible signals by each of their distinctive words. */
  byWord: Map<string, number[]>;
  /** Each eligible signal compiled for the near-copy test. */
  near: Map<number, NearPattern>;
}

/**
 * The signals worth a near-miss search. A kind's generic phrases are already loose: near misses of them ("unknown
 * error" for "unknown url") say nothing. Numbers are identities (exit codes, statuses, errno): a near miss on a
 * number is a different error. So is one on a single token (an event name, a code: "response.failed" is not
 * "Response failure").
 */
function candidatesOf(index: SignalIndex): Candidates {
  const byWord = new Map<string, number[]>();
  const near = new Map<number, NearPattern>();
  index.patterns.forEach((pattern, p) => {
    if (pattern.type !== 'signal' || pattern.entries.every((e) => index.entries[e]!.hint)) return;
    if (pattern.text.length < MIN_SIGNAL || pattern.text.length > MAX_SIGNAL) return;
    if (/\d/.test(pattern.text) || !pattern.text.includes(' ')) return;
    near.set(p, nearPattern(pattern.text, maxErrors(pattern.text.length)));
    for (const word of new Set(pattern.text.match(WORD) ?? [])) {
      const list = byWord.get(word);
      if (list) list.push(p);
      else byWord.set(word, [p]);
    }
  });
  return { byWord, near };
}

/**
 * A near copy keeps the signal's short words: "IP" in "IP not authorized" is what sets it apart from any "not
 * authorized", and a two-letter word is as much an identity as a number.
 */
function keepsShortWords(line: string, signal: string): boolean {
  const tokens = new Set(line.match(/[a-z0-9]+/g) ?? []);
  return (signal.toLowerCase().match(/[a-z0-9]+/g) ?? []).every((w) => w.length > 2 || tokens.has(w));
}

/** Built once per index: the classifier reads the same index for every paste. */
const candidateCache = new WeakMap<SignalIndex, Candidates>();

export function fuzzyMatch(index: SignalIndex, text: string): FuzzyHit[] {
  const lines = messageLines(text);
  if (lines.length === 0) return [];
  let candidates = candidateCache.get(index);
  if (!candidates) candidateCache.set(index, (candidates = candidatesOf(index)));
  // The first MAX_CANDIDATES eligible signals, in catalogue order, that share a distinctive word with the lines.
  const sharing = new Set<number>();
  for (const word of new Set(lines.join(' ').match(WORD) ?? [])) for (const p of candidates.byWord.get(word) ?? []) sharing.add(p);
  const tried = [...sharing].sort((a, b) => a - b).slice(0, MAX_CANDIDATES);
  let fuse: Fuse<string> | undefined;
  const hits: FuzzyHit[] = [];
  for (const p of tried) {
    const near = candidates.near.get(p)!;
    // fuse.js's bitap search is the slow part: only where some line holds a copy close enough for it to accept.
    if (!lines.some((line) => holdsNear(line, near) && keepsShortWords(line, index.patterns[p]!.text))) continue;
    fuse ??= new Fuse(lines, { includeScore: true, threshold: THRESHOLD, ignoreLocation: true, minMatchCharLength: MIN_SIGNAL, isCaseSensitive: true });
    const [best] = fuse.search(index.patterns[p]!.text, { limit: 1 });
    if (best?.score !== undefined) hits.push({ pattern: p, strength: 1 - best.score });
  }
  return hits;
}
