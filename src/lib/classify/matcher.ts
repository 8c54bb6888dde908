/**
 * Aho-Corasick multi-pattern matcher: finds every occurrence of many plain strings in one linear pass,
 * so the cost of matching the whole catalogue does not grow with the number of signals.
 *
 * The trie is kept in typed arrays rather than a Map per node: the root's children in a table indexed by UTF-16
 * code unit (most characters of a paste fall back to the root), every other edge in one open-addressing hash table.
 * Node 0 is the root, so a child of 0 means "no edge".
 */
export interface PatternHit {
  pattern: number;
  end: number;
}

const NO_OUTPUT: readonly number[] = [];

export class Matcher {
  private readonly rootNext = new Int32Array(0x10000);
  private readonly edgeNode: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeChild: Int32Array;
  private readonly mask: number;
  private readonly fail: Int32Array;
  private readonly outputs: (readonly number[])[];

  constructor(readonly patterns: readonly string[]) {
    // Built with a Map per node, then compiled into the tables.
    const next: Map<number, number>[] = [new Map()];
    const own: number[][] = [[]];
    patterns.forEach((pattern, index) => {
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        let child = next[node]!.get(c);
        if (child === undefined) {
          child = next.length;
          next.push(new Map());
          own.push([]);
          next[node]!.set(c, child);
        }
        node = child;
      }
      if (pattern.length > 0) own[node]!.push(index);
    });

    let size = 16;
    while (size < next.length * 2) size *= 2;
    this.mask = size - 1;
    this.edgeNode = new Int32Array(size).fill(-1);
    this.edgeChar = new Uint16Array(size);
    this.edgeChild = new Int32Array(size);
    next.forEach((children, node) => {
      for (const [c, child] of children) {
        if (node === 0) this.rootNext[c] = child;
        else this.addEdge(node, c, child);
      }
    });

    this.fail = new Int32Array(next.length);
    this.outputs = own.map((o) => (o.length > 0 ? o : NO_OUTPUT));
    const queue: number[] = [...next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [c, child] of next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && this.child(f, c) === 0) f = this.fail[f]!;
        const target = this.child(f, c);
        this.fail[child] = target !== child ? target : 0;
        const inherited = this.outputs[this.fail[child]!]!;
        if (inherited.length > 0) this.outputs[child] = [...this.outputs[child]!, ...inherited];
        queue.push(child);
      }
    }
  }

  private slot(node: number, c: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) & this.mask;
  }

  private addEdge(node: number, c: number, child: number): void {
    let s = this.slot(node, c);
    while (this.edgeNode[s] !== -1) s = (s + 1) & this.mask;
    this.edgeNode[s] = node;
    this.edgeChar[s] = c;
    this.edgeChild[s] = child;
  }

  /** The child of `node` by code unit `c`, or 0 when there is none. */
  private child(node: number, c: number): number {
    if (node === 0) return this.rootNext[c]!;
    for (let s = this.slot(node, c); ; s = (s + 1) & this.mask) {
      const n = this.edgeNode[s]!;
      if (n === -1) return 0;
      if (n === node && this.edgeChar[s] === c) return this.edgeChild[s]!;
    }
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
