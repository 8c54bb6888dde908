import type { CodeLines } from '../lib/code-lines';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Highlighted lines as the HTML inside <code>: one span per coloured token, lines separated by newlines. */
export function codeLinesHtml(lines: CodeLines): string {
  return lines.map((line) => line.map(([c, t]) => (c ? `<span class="${c}">${escapeHtml(t)}</span>` : escapeHtml(t))).join('')).join('\n');
}
