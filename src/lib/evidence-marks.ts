/** A piece of echoed text, marked when it is part of the evidence. */
export interface Segment {
  text: string;
  mark: boolean;
}

const MAX_MARKS = 200;

/**
 * Splits `text` into plain and marked segments where any of `fragments` occurs (case-insensitively). Linear in
 * the text for each fragment, and bounded, so a huge paste stays cheap.
 */
export function markSegments(text: string, fragments: readonly string[]): Segment[] {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const fragment of fragments) {
    const needle = fragment.toLowerCase();
    if (needle.length < 3) continue;
    for (let at = lower.indexOf(needle); at !== -1 && ranges.length < MAX_MARKS; at = lower.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) segments.push({ text: text.slice(cursor, from), mark: false });
    segments.push({ text: text.slice(from, end), mark: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
  return segments;
}
