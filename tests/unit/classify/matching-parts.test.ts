import fc from 'fast-check';
import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../src/lib/classify/matcher';
import { holdsNear, nearPattern } from '../../../src/lib/classify/near-substring';
import { foldForMatching, window } from '../../../src/lib/classify/normalize';

/** Small alphabets make overlaps, shared prefixes and near copies common; the CJK and astral characters test code units. */
const ALPHABET = ['a', 'b', 'c', ' ', ':', '错', '误', '😀'];
const text = (max: number) => fc.array(fc.constantFrom(...ALPHABET), { maxLength: max }).map((cs) => cs.join(''));

/** Every occurrence by brute force: the oracle the Aho-Corasick matcher must agree with. */
function allOccurrences(patterns: readonly string[], haystack: string): string[] {
  const found: string[] = [];
  patterns.forEach((pattern, p) => {
    if (pattern.length === 0) return;
    for (let at = haystack.indexOf(pattern); at !== -1; at = haystack.indexOf(pattern, at + 1)) found.push(`${p}@${at + pattern.length}`);
  });
  return found.sort();
}

/** The fewest edits that turn some substring of `haystack` into `pattern` (Sellers' dynamic programme). */
function fewestEdits(haystack: string, pattern: string): number {
  let previous = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  let best = previous[pattern.length]!;
  for (let j = 1; j <= haystack.length; j++) {
    const current = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const same = haystack[j - 1] === pattern[i - 1] ? 0 : 1;
      current.push(Math.min(previous[i - 1]! + same, previous[i]! + 1, current[i - 1]! + 1));
    }
    best = Math.min(best, current[pattern.length]!);
    previous = current;
  }
  return best;
}

describe('Matcher', () => {
  it('finds exactly the occurrences a brute-force search finds', () => {
    fc.assert(
      fc.property(fc.array(text(6), { minLength: 1, maxLength: 12 }), text(80), (patterns, haystack) => {
        const hits = new Matcher(patterns).search(haystack).map((h) => `${h.pattern}@${h.end}`);
        expect(hits.sort()).toEqual(allOccurrences(patterns, haystack));
      }),
      { numRuns: 500 },
    );
  });

  it('reports a pattern listed twice under both numbers, and stops at the limit', () => {
    const matcher = new Matcher(['rate limit', 'limit', 'rate limit']);
    expect(matcher.search('rate limit').map((h) => h.pattern).sort()).toEqual([0, 1, 2]);
    expect(matcher.search('limit limit limit', 2)).toHaveLength(2);
  });
});

describe('near-copy test', () => {
  it('agrees with the dynamic programme on every edit budget', () => {
    fc.assert(
      fc.property(text(32).filter((p) => p.length > 0 && p.length <= 32), text(60), fc.nat(8), (pattern, haystack, edits) => {
        expect(holdsNear(haystack, nearPattern(pattern, edits))).toBe(fewestEdits(haystack, pattern) <= edits);
      }),
      { numRuns: 1000 },
    );
  });

  it('never rules out a line where fuse.js finds the pattern with the fuzzy fallback’s settings', () => {
    const edited = fc.tuple(fc.stringOf(fc.constantFrom('a', 'b', 'c', 'd', ' ', ':'), { minLength: 8, maxLength: 32 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom('a', 'x', ' ', ''), fc.boolean()), { maxLength: 6 }), text(20), text(20));
    fc.assert(
      fc.property(edited, ([pattern, edits, before, after]) => {
        let copy = pattern;
        for (const [at, c, insert] of edits) {
          const i = at % (copy.length + 1);
          copy = copy.slice(0, i) + c + copy.slice(insert ? i : i + 1);
        }
        const line = before + copy + after;
        const fuse = new Fuse([line], { includeScore: true, threshold: 0.2, ignoreLocation: true, minMatchCharLength: 8, isCaseSensitive: true });
        const [best] = fuse.search(pattern, { limit: 1 });
        if (best?.score === undefined) return;
        const budget = Math.floor(pattern.length * 0.2 + 1e-9);
        expect(holdsNear(line, nearPattern(pattern, budget))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('foldForMatching', () => {
  it("reads a terminal box's borders as spaces, so a sentence wrapped inside the box reads whole", () => {
    expect(foldForMatching('not currently available in your     │\n│   location.')).toBe('not currently available in your location.');
    expect(foldForMatching('╭──╮\n┃ Quota exceeded ┃\n╰──╯')).toBe(' quota exceeded ');
  });
});

describe('window: what is read of a huge paste', () => {
  /**
   * The plain definition, with normalize.ts's sizes: the head, the tail, and for each error word of the middle its
   * whole line, or 2000 characters around it when the line is longer, looking for each line's ends across the whole
   * text. The function must read the same while looking no further than the long-line size.
   */
  function plainWindow(text: string): string {
    if (text.length <= 64 * 1024) return text;
    const middle = text.slice(8 * 1024, text.length - 32 * 1024);
    const word = /error|exception|fail|refused|reset|timed? ?out|denied|invalid|exceeded|quota|overload|unavailable|not found|certificate|curl: \(|status|错误|失败|超时|异常|令牌|额度|渠道|余额/gi;
    const picked: string[] = [];
    let budget = 160 * 1024;
    for (let m = word.exec(middle); m !== null && picked.length < 400 && budget > 0; m = word.exec(middle)) {
      const start = middle.lastIndexOf('\n', m.index) + 1;
      const end = middle.includes('\n', m.index) ? middle.indexOf('\n', m.index) : middle.length;
      const long = end - start > 2000;
      const from = long ? Math.max(start, m.index - 1000) : start;
      const to = long ? Math.min(end, m.index + 1000) : end;
      picked.push(middle.slice(from, to));
      budget -= to - from;
      word.lastIndex = Math.max(to, m.index + m[0].length);
    }
    return [text.slice(0, 8 * 1024), ...picked, text.slice(text.length - 32 * 1024)].join('\n');
  }

  it('reads what the plain definition reads, on lines of every length around the long-line size', () => {
    const piece = fc.constantFrom('error ', 'x', 'y'.repeat(300), 'z'.repeat(1500), 'q'.repeat(1990), 'w'.repeat(2600), '\n', 'timeout', ' fail ', '错误');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 60 }), fc.nat(200_000), (pieces, extra) => {
        let text = pieces.join('');
        while (text.length < 65_000 + extra) text += pieces.join('');
        expect(window(text)).toBe(plainWindow(text));
      }),
      { numRuns: 150 },
    );
    for (const text of ['error timeout quota '.repeat(52_429), 'Error code: 4'.repeat(7_692), 'status: 4291 request id: 429 Error 429\n'.repeat(20_000)]) {
      expect(window(text)).toBe(plainWindow(text));
    }
  });
});
