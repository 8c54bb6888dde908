/**
 * Aho-Corasick multi-pattern matcher: finds every occurrence of many plain strings in one linear pass,
 * so the cost of matching the whole catalogue does not grow with the number of signals.
 */
export interface PatternHit {
  pattern: number;
  end: number;
}

export class Matcher {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly outputs: number[][] = [[]];

  constructor(readonly patterns: readonly string[]) {
    patterns.forEach((pattern, index) => {
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        let child = this.next[node]!.get(c);
        if (child === undefined) {
          child = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.outputs.push([]);
          this.next[node]!.set(c, child);
        }
        node = child;
      }
      if (pattern.length > 0) this.outputs[node]!.push(index);
    });
    const queue: number[] = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [c, child] of this.next[node]!) {
        let f = this.fail[node]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const target = this.next[f]!.get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        this.outputs[child] = [...this.outputs[child]!, ...this.outputs[this.fail[child]!]!];
        queue.push(child);
      }
    }
  }

  /** Every (pattern, end offset) occurrence in `text`; at most `limit` hits. */
  search(text: string, limit = 10_000): PatternHit[] {
    const hits: PatternHit[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let child = this.next[node]!.get(c);
      while (child === undefined && node !== 0) {
        node = this.fail[node]!;
        child = this.next[node]!.get(c);
      }
      node = child ?? 0;
      const out = this.outputs[node]!;
      for (let k = 0; k < out.length; k++) {
        hits.push({ pattern: out[k]!, end: i + 1 });
        if (hits.length >= limit) return hits;
      }
    }
    return hits;
  }
}
