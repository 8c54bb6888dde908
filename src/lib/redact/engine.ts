import type { Rule, SecretType } from './types';

/**
 * Runs one rule over `text`, left to right, counting what it removed into `removed`. Written as an exec loop
 * rather than `String.replace` because a judge may widen the replaced span (a key wrapped onto the next line, a
 * value after its name) and may decline a candidate; the loop then goes on after the candidate, so the work stays
 * linear in the length of the text.
 */
export function applyRule(text: string, rule: Rule, removed: Partial<Record<SecretType, number>>): string {
  const re = rule.pattern;
  re.lastIndex = 0;
  let out = '';
  let last = 0;
  let changed = false;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const found = rule.apply(m, text, last);
    if (found !== null && 'skip' in found) {
      if (found.skip > re.lastIndex) re.lastIndex = found.skip;
    } else if (found !== null) {
      const start = found.start ?? m.index;
      const end = found.end ?? m.index + m[0].length;
      if (start >= last && end >= start && found.text !== text.slice(start, end)) {
        // Two appends, not `a + b`: V8 then keeps one rope instead of building a string per match.
        out += text.slice(last, start);
        out += found.text;
        last = end;
        changed = true;
        removed[found.type] = (removed[found.type] ?? 0) + (found.count ?? 1);
        if (end > re.lastIndex) re.lastIndex = end;
      }
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  return changed ? out + text.slice(last) : text;
}
