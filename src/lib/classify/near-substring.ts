/**
 * Whether a text holds a near copy of a short pattern: some substring within a number of edits (insertions,
 * deletions, substitutions) of it. Cheap, exact tests that let the fuzzy fallback skip fuse.js's bitap search where
 * that search cannot find anything: fuse.js counts the same edits, so it never accepts a substring further away.
 */

/**
 * By the q-gram lemma: a substring within `edits` of `pattern` still holds at least length - 1 - 2 * edits of the
 * pattern's two-character pieces. Necessary, not sufficient; costs a few `includes`.
 */
export function mayHoldPieces(text: string, pattern: string, edits: number): boolean {
  let missing = 2 * edits;
  for (let i = 0; i + 1 < pattern.length; i++) {
    if (!text.includes(pattern.slice(i, i + 2)) && --missing < 0) return false;
  }
  return true;
}

/**
 * Whether some substring of `text` is within `edits` of `pattern` (at most 32 characters), by Myers' bit-parallel
 * edit distance (1999) in its search form: one pass over the text, a few bit operations per character.
 */
export function holdsWithin(text: string, pattern: string, edits: number): boolean {
  const m = pattern.length;
  if (m === 0 || edits >= m) return true;
  if (m > 32) throw new RangeError('pattern longer than 32 characters');
  const peq = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    peq.set(c, (peq.get(c) ?? 0) | (1 << i));
  }
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const eq = peq.get(text.charCodeAt(j)) ?? 0;
    const xv = eq | mv;
    const xh = ((((eq & pv) + pv) | 0) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    ph <<= 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    if (score <= edits) return true;
  }
  return false;
}
