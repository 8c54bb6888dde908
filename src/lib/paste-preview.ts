/**
 * What the paste box shows of a large paste. A browser lays out a textarea's whole text: 4 MB, 100,000 line
 * breaks or a flood of control characters take it seconds. So the box holds the start of such a paste, and the
 * page keeps (and diagnoses) the whole of it.
 */

/**
 * A paste longer than twice these is shown by its first PREVIEW_CHARS characters and PREVIEW_LINES lines. (Twice:
 * a reader who edits the shortened text in the box keeps the whole of what they edit.)
 */
export const PREVIEW_CHARS = 16 * 1024;
export const PREVIEW_LINES = 400;
/** More control characters than this (escape sequences of a coloured log, binary) and the box shows them in caret notation. */
const MAX_CONTROLS = 256;

/**
 * Control characters other than tab and line breaks: C0, DEL and C1 (U+0080 to U+009F, which binary read as Latin-1
 * is full of). Chromium lays out 16 K characters of binary bytes in about 55 ms with C1 controls, 7 ms without.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Whether `text` holds more than `limit` control characters other than tab and line breaks. */
function hasManyControls(text: string, limit: number): boolean {
  CONTROL.lastIndex = 0;
  let count = 0;
  while (CONTROL.exec(text) !== null) if (++count > limit) return true;
  return false;
}

/** Where the first `lines` lines of `text` end, or -1 when it has no more lines than that. */
function endOfLines(text: string, lines: number): number {
  let end = -1;
  for (let i = 0; i < lines; i++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) return -1;
  }
  return end;
}

/**
 * `text` with control characters other than tab and line breaks written in caret notation, as `cat -v` does (`^[`
 * for ESC, `^?` for DEL, `M-^[` for U+009B): plain ASCII, which a browser lays out fast (raw escapes and ␛-style
 * symbols are slow).
 */
export const drawControls = (text: string): string =>
  text.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code >= 0x80 ? `M-^${String.fromCharCode((code - 0x80) ^ 0x40)}` : `^${String.fromCharCode(code ^ 0x40)}`;
  });

/**
 * The text the paste box shows for `text`: null when it can hold the text as it is; otherwise its first
 * PREVIEW_LINES lines and PREVIEW_CHARS characters, control characters in caret notation (`^[` for ESC).
 */
export function previewOf(text: string): string | null {
  const long = text.length > 2 * PREVIEW_CHARS || endOfLines(text.slice(0, 2 * PREVIEW_CHARS), 2 * PREVIEW_LINES) !== -1;
  if (!long && !hasManyControls(text, MAX_CONTROLS)) return null;
  const head = text.slice(0, PREVIEW_CHARS);
  const lineEnd = endOfLines(head, PREVIEW_LINES);
  const shown = lineEnd === -1 ? head : head.slice(0, lineEnd);
  return drawControls(shown);
}
