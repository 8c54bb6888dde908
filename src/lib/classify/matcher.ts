/**
 * Aho-Corasick multi-pattern matcher: finds every occurrence of many plain strings in one linear pass,
 * so the cost of matching the whole catalogue does not grow with the number of signals.
 *
 * The trie's edges live in one open-addressing hash table (slots of three: node, UTF-16 code unit, child) rather
 * than a Map per node, which is faster to walk and lighter; the root's children also in a table by code unit. Node 0
 * is the root, so a child of 0 means "no edge".
 */
export interface PatternHit {
  pattern: number;
  end: number;
}

export class Matcher {
  /** The root's children by code unit: most characters of a paste start from the root. */
  private readonly rootNext = new Int32Array(0x10000);
  private readonly edges: Int32Array;
  private readonly mask: number;
  private readonly fail: number[] = [0];
  private readonly outputs: number[][] = [[]];

  constructor(readonly patterns: readonly string[]) {
    const nodes = patterns.reduce((sum, p) => sum + p.length, 1);
    let size = 16;
    while (size < nodes * 2) size *= 2;
    this.mask = size - 1;
    this.edges = new Int32Array(size * 3);
    const children: [number, number][][] = [[]];
    patterns.forEach((pattern, index) => {
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        let child = this.child(node, c);
        if (child === 0) {
          child = this.outputs.length;
          this.outputs.push([]);
          this.fail.push(0);
          children.push([]);
          children[node]!.push([c, child]);
          if (node === 0) this.rootNext[c] = child;
          let s = this.slot(node, c);
          while (this.edges[s * 3 + 2] !== 0) s = (s + 1) & this.mask;
          this.edges.set([node, c, child], s * 3);
        }
        node = child;
      }
      if (pattern.length > 0) this.outputs[node]!.push(index);
    });
    // Breadth first, so a node's fail link is set before its children need it.
    const queue = children[0]!.map(([, child]) => child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [c, child] of children[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && this.child(f, c) === 0) f = this.fail[f]!;
        const target = this.child(f, c);
        this.fail[child] = target !== child ? target : 0;
        this.outputs[child] = [...this.outputs[child]!, ...this.outputs[this.fail[child]!]!];
        queue.push(child);
      }
    }
  }

  private slot(node: number, c: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.mask;
  }

  /** The child of `node` by code unit `c`, or 0 when there is none. */
  private child(node: number, c: number): number {
    if (node === 0) return this.rootNext[c]!;
    for (let s = this.slot(node, c); this.edges[s * 3 + 2] !== 0; s = (s + 1) & this.mask) {
      if (this.edges[s * 3] === node && this.edges[s * 3 + 1] === c) return this.edges[s * 3 + 2]!;
    }
    return 0;
  }

  /** Every (pattern, end offset) occurrence in `text`; at most `limit` hits. */
  search(text: string, limit = 10_000): PatternHit[] {
    const hits: PatternHit[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let child = this.child(node, c);
      while (child === 0 && node !== 0) {
        node = this.fail[node]!;
        child = this.child(node, c);
      }
      node = child;
      const out = this.outputs[node]!;
      for (let k = 0; k < out.length; k++) {
        hits.push({ pattern: out[k]!, end: i + 1 });
        if (hits.length >= limit) return hits;
      }
    }
    return hits;
  }
}
