/**
 * Whether a text holds a near copy of a short pattern: some substring within a number of edits (insertions,
 * deletions, substitutions) of it, by Myers' bit-parallel edit distance (1999) in its search form: one pass over the
 * text, a few bit operations per character. The fuzzy fallback runs it before fuse.js's bitap search, which counts
 * the same edits and so never accepts a substring this test rules out.
 */

/**
 * A pattern of at most 32 characters (the bits of one integer; the fallback never near-searches longer ones), compiled
 * once: which of its positions each character fills (ASCII in a table, other characters in a map).
 */
export interface NearPattern {
  length: number;
  edits: number;
  ascii: Int32Array;
  others: Map<number, number>;
}

export function nearPattern(pattern: string, edits: number): NearPattern {
  const ascii = new Int32Array(128);
  const others = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c < 128) ascii[c]! |= 1 << i;
    else others.set(c, (others.get(c) ?? 0) | (1 << i));
  }
  return { length: pattern.length, edits, ascii, others };
}

/** Whether some substring of `text` is within the pattern's edits of it. */
export function holdsNear(text: string, { length, edits, ascii, others }: NearPattern): boolean {
  if (edits >= length) return true;
  const high = 1 << (length - 1);
  let pv = -1;
  let mv = 0;
  let score = length;
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const eq = c < 128 ? ascii[c]! : (others.get(c) ?? 0);
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
