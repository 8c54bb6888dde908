/** Text preparation: make every paste comparable with the catalogue's plain-string signals. */

/** Above this size only the lines that look like errors (plus the head and the tail) are read. */
const FULL_SCAN_LIMIT = 64 * 1024;
const HEAD = 8 * 1024;
const TAIL = 32 * 1024;
const MAX_INTERESTING = 400;
const INTERESTING_LINE =
  /error|exception|fail|refused|reset|timed? ?out|denied|invalid|exceeded|quota|overload|unavailable|not found|certificate|curl: \(|status|错误|失败|超时|异常|令牌|额度|渠道|余额/i;

/** Picks what to read from a huge paste: its head, its tail and the error-looking lines in between. */
export function window(text: string): string {
  if (text.length <= FULL_SCAN_LIMIT) return text;
  const middle = text.slice(HEAD, text.length - TAIL);
  const picked: string[] = [];
  let start = 0;
  while (start < middle.length && picked.length < MAX_INTERESTING) {
    let end = middle.indexOf('\n', start);
    if (end === -1) end = middle.length;
    if (end - start <= 2000) {
      const line = middle.slice(start, end);
      if (INTERESTING_LINE.test(line)) picked.push(line);
    } else {
      // A giant line without newlines: read its start and end only.
      const line = middle.slice(start, start + 2000) + '\n' + middle.slice(end - 2000, end);
      if (INTERESTING_LINE.test(line)) picked.push(line);
    }
    start = end + 1;
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
 */
export function foldForMatching(text: string): string {
  return text
    .toLowerCase()
    .replace(/["'`“”‘’]/g, '')
    .replace(/[-_\s]+/g, ' ')
    .replace(/ ?([:,=()[\]{}]) ?/g, '$1');
}
