/** Text preparation: make every paste comparable with the catalogue's plain-string signals. */

/** Above this size only the lines that look like errors (plus the head and the tail) are read. */
const FULL_SCAN_LIMIT = 64 * 1024;
const HEAD = 8 * 1024;
const TAIL = 32 * 1024;
const MAX_INTERESTING = 400;
/** The most of the middle that is read, so a huge paste costs about what a 200 KB one does. */
const MIDDLE_BUDGET = 160 * 1024;
/** Of a line longer than this, only this much around the error word is read. */
const LONG_LINE = 2000;
const INTERESTING_WORD =
  /error|exception|fail|refused|reset|timed? ?out|denied|invalid|exceeded|quota|overload|unavailable|not found|certificate|curl: \(|status|错误|失败|超时|异常|令牌|额度|渠道|余额/gi;

/**
 * Picks what to read from a huge paste: its head, its tail and the error-looking lines in between. The regular
 * expression finds the error words, so blank lines and noise cost nothing; each hit brings its line (or, of a giant
 * line, the part around the word).
 */
export function window(text: string): string {
  if (text.length <= FULL_SCAN_LIMIT) return text;
  const middle = text.slice(HEAD, text.length - TAIL);
  const picked: string[] = [];
  let budget = MIDDLE_BUDGET;
  INTERESTING_WORD.lastIndex = 0;
  for (let m = INTERESTING_WORD.exec(middle); m !== null && picked.length < MAX_INTERESTING && budget > 0; m = INTERESTING_WORD.exec(middle)) {
    // The line's ends are looked for no further than LONG_LINE away: past that, the line is long either way, and a
    // search to the ends of a giant line for every word would cost the whole line each time.
    const lookBack = Math.max(0, m.index - LONG_LINE);
    const before = middle.slice(lookBack, m.index).lastIndexOf('\n');
    const lineStart = before === -1 ? (lookBack === 0 ? 0 : -Infinity) : lookBack + before + 1;
    const after = middle.slice(m.index, m.index + LONG_LINE + 1).indexOf('\n');
    const lineEnd = after !== -1 ? m.index + after : m.index + LONG_LINE + 1 >= middle.length ? middle.length : Infinity;
    const from = lineEnd - lineStart <= LONG_LINE ? lineStart : Math.max(lineStart, m.index - LONG_LINE / 2);
    const to = lineEnd - lineStart <= LONG_LINE ? lineEnd : Math.min(lineEnd, m.index + LONG_LINE / 2);
    picked.push(middle.slice(from, to));
    budget -= to - from;
    INTERESTING_WORD.lastIndex = Math.max(to, m.index + m[0].length);
  }
  return [text.slice(0, HEAD), ...picked, text.slice(text.length - TAIL)].join('\n');
}

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007\u001b]{0,200}(?:\u0007|\u001b\\)/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const UNICODE_ESCAPE = /\\{1,8}u([0-9a-fA-F]{4})/g;
const ESCAPED_QUOTE = /\\{1,8}(["'/])/g;
const ESCAPED_NEWLINE = /\\{1,8}[nrt]/g;

/**
 * Readable text: ANSI colours and control bytes removed, JSON escapes (also JSON inside JSON) undone so
 * `\"type\"` and `\u65e0\u53ef\u7528` read as `"type"` and `无可用`.
 */
export function readable(text: string): string {
  return text
    .replace(ANSI, '')
    .replace(CONTROL, ' ')
    .replace(UNICODE_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(ESCAPED_NEWLINE, '\n')
    .replace(ESCAPED_QUOTE, '$1');
}

/**
 * The form signals are matched against, so one signal covers JSON, Python reprs and prose alike: lower case,
 * no quotes, `-` and `_` read as spaces, white space folded, and no spaces around `: , = ( ) [ ] { }`.
 * `{"type": "api_error"}`, `{'type': 'api_error'}` and `{type:api error}` all fold to `{type:api error}`.
 * Box-drawing characters read as spaces too: a terminal tool that wraps its message inside a box (Gemini CLI's
 * `not currently available in your │` / `│ location.`) splits a sentence with its borders.
 */
export function foldForMatching(text: string): string {
  return text
    .toLowerCase()
    .replace(/["'`“”‘’]/g, '')
    .replace(/[-_\s\u2500-\u257f]+/g, ' ')
    .replace(/ ?([:,=()[\]{}]) ?/g, '$1');
}
