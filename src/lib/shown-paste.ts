/**
 * The part of a paste a page shows or shares, redacted. A paste up to SHOWN_LIMIT is shown whole; a longer one by
 * its first lines, the lines around what gave the verdict away, and its last lines (where a log's final error is),
 * with `⋯` where lines were left out. Only that part is redacted: redacting a whole 4 MB flood of keys takes some
 * 300 ms, its shown part a few.
 */
import { redactWithReport, type RedactReport } from './redact';

export const SHOWN_LIMIT = 64 * 1024;
/** What a share link "with the paste" carries at most before it is trimmed to the lines that matter. */
export const SHARED_LIMIT = 8 * 1024;
const MAX_PIECES = 6;
/** Where a part starts or ends inside a line, it does so after a character no credential holds. */
const OUTSIDE_TOKEN = /[\s,;"'`(){}[\]<>|]/g;
export const LEFT_OUT = '⋯';

export interface ShownPaste extends RedactReport {
  /** True when lines were left out. */
  cut: boolean;
}

/** The start of the line `at` is in, or, when that is more than `reach` back, just after a separator before `at`. */
function startNear(text: string, at: number, reach: number): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (at - lineStart <= reach) return lineStart;
  OUTSIDE_TOKEN.lastIndex = 0;
  const m = OUTSIDE_TOKEN.exec(text.slice(at, at + reach));
  return m ? at + m.index + 1 : at;
}

/** The end of the line `at` is in, or, when that is more than `reach` on, just before a separator after `at`. */
function endNear(text: string, at: number, reach: number): number {
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd !== -1 && lineEnd - at <= reach) return lineEnd;
  const window = text.slice(at, at + reach);
  let last = -1;
  OUTSIDE_TOKEN.lastIndex = 0;
  for (let m = OUTSIDE_TOKEN.exec(window); m !== null; m = OUTSIDE_TOKEN.exec(window)) last = m.index;
  return last === -1 ? at : at + last;
}

/** The spans of `text` to show: head, the stretch around each fragment found, tail; sorted and merged. */
function spansOf(text: string, fragments: readonly string[], limit: number): [number, number][] {
  // Head and tail an eighth of the limit each, the stretch around each piece of evidence a thirty-second.
  const HEAD = limit / 8;
  const TAIL = limit / 8;
  const AROUND = limit / 32;
  const spans: [number, number][] = [[0, endNear(text, Math.min(HEAD, text.length), HEAD)]];
  for (const fragment of fragments.slice(0, MAX_PIECES)) {
    const at = fragment.length >= 4 ? text.indexOf(fragment) : -1;
    if (at === -1) continue;
    spans.push([startNear(text, Math.max(0, at - AROUND), AROUND), endNear(text, Math.min(text.length, at + fragment.length + AROUND), AROUND)]);
  }
  spans.push([startNear(text, Math.max(0, text.length - TAIL), TAIL), text.length]);
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else if (end > start) merged.push([start, end]);
  }
  return merged;
}

/** What a page shows (or, with SHARED_LIMIT, shares) of `text`, redacted; `fragments` are the evidence the verdict rests on. */
export function shownPaste(text: string, fragments: readonly string[] = [], limit = SHOWN_LIMIT): ShownPaste {
  const source = typeof text === 'string' ? text : '';
  if (source.length <= limit) return { ...redactWithReport(source), cut: false };
  const spans = spansOf(source, fragments, limit);
  const parts: string[] = [];
  let last = 0;
  for (const [start, end] of spans) {
    if (start > last) parts.push(LEFT_OUT);
    parts.push(source.slice(start, end));
    last = end;
  }
  if (last < source.length) parts.push(LEFT_OUT);
  return { ...redactWithReport(parts.join('\n')), cut: true };
}
