/** The part of a paste that identifies it, for pages that show one paste per entry. */

const CONTEXT_BEFORE = 3;

/**
 * Up to `maxLines` lines of `text` around the first line that holds one of `signals` (case-insensitive), or the
 * last lines when none does (a traceback ends with the error). Cut ends are marked with `…`; very long excerpts are
 * cut at `maxChars`.
 */
export function pasteExcerpt(text: string, signals: readonly string[], maxLines = 8, maxChars = 900): string {
  const lines = text.trimEnd().split('\n');
  const needles = signals.map((s) => s.toLowerCase()).filter((s) => s.length >= 3);
  let at = lines.findIndex((line) => needles.some((n) => line.toLowerCase().includes(n)));
  if (at === -1) at = Math.max(0, lines.length - Math.ceil(maxLines / 2));
  const start = Math.max(0, Math.min(at - CONTEXT_BEFORE, lines.length - maxLines));
  const end = Math.min(lines.length, start + maxLines);
  let excerpt = lines.slice(start, end).join('\n');
  let [head, tail] = [start > 0 ? '…\n' : '', end < lines.length ? '\n…' : ''];
  if (excerpt.length > maxChars) {
    // Long lines (minified JSON, an HTML page): keep the stretch around the signal.
    const lower = excerpt.toLowerCase();
    const hit = Math.min(...needles.map((n) => lower.indexOf(n)).filter((i) => i >= 0), excerpt.length);
    const from = hit === excerpt.length ? 0 : Math.max(0, hit - Math.floor(maxChars / 3));
    if (from > 0) head = '…';
    if (from + maxChars < excerpt.length) tail = '…';
    excerpt = excerpt.slice(from, from + maxChars);
  }
  return `${head}${excerpt}${tail}`;
}
