/**
 * Reads the value that follows a name and its separator (`api_key=`, `"token": `, `-H 'Cookie: `), the way the
 * text quoted it: plain or escaped quotes (`"`, `\"`, `\u0022`, `&quot;`, `%22`), or no quotes at all. Each
 * reader is a sticky pattern of one character class (or two disjoint alternatives) that runs to the closing
 * quote or the end of the line: linear, no backtracking.
 */
import { REDACTED } from './types';

export interface ValueSpan {
  /** Where the value starts and ends in the text (the quotes are outside). */
  start: number;
  end: number;
  value: string;
  /** True when the value was quoted and its closing quote was not found before the end of the line. */
  open: boolean;
  quoted: boolean;
}

/**
 * How to read the value: a single token; the rest of a header line (Cookie); the rest of the line, quoted
 * parameters included (Digest, AWS SigV4); or a header's first cookie (Set-Cookie).
 */
export type ValueMode = 'token' | 'line' | 'params' | 'first-pair';

/** Opening quotes that are not one plain character, longest first. */
const OPEN_QUOTES = ['\\u0022', '\\u0027', '&quot;', '&#34;', '&#x22;', '&#39;', '&#x27;', '%22', '%27'];

/** The reader of a quoted value, by opening quote: it stops before the closing quote, an escape or a line end. */
function quotedReader(quote: string): RegExp {
  if (quote === '"') return /[^"\\\r\n]+/y;
  if (quote === "'") return /[^'\\\r\n]+/y;
  if (quote === '`') return /[^`\\\r\n]+/y;
  if (quote.startsWith('&')) return /[^&\r\n]+/y;
  // %22 and %27: read up to each `%`, then see whether it closes the value (readPercentQuoted).
  if (quote.startsWith('%')) return /[^%\r\n]+/y;
  // \" \\\" \u0022 and the like: the closing quote starts with a backslash too.
  return /[^"'\\\r\n]+/y;
}

/**
 * An unquoted value: up to a space, a quote, an escape or punctuation that ends a value in code, URLs and logs.
 * Percent escapes that encode such a character (`%20`, `%22`, `%26`, `%2C`) end it too (see PERCENT_STOP).
 */
const UNQUOTED = /[^\s"'`\\&<>,;|(){}[\]]+/y;
const PERCENT_STOP = /%(?:2[0267Cc]|3[BbCcEe]|0[AaDd]|5[Dd]|7[Dd])/;
/** The rest of a header line (a Cookie header): spaces and `;` included; quotes, escapes, `&` and markup end it. */
const LINE = /[^\r\n"'`\\<>|&]+/y;
/** An Authorization header's parameters, which may be double-quoted (Digest). */
const PARAMS = /[^\r\n'`\\<>|]+/y;

function sticky(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : at;
}

/** The end of a value quoted by `%22` or `%27`: the next such escape, or the end of the line. One pass. */
function readPercentQuoted(text: string, start: number, quote: string): number {
  const segment = /[^%\r\n]+/y;
  let end = start;
  for (;;) {
    end = sticky(segment, text, end);
    if (text[end] !== '%' || text.startsWith(quote, end)) return end;
    end++;
  }
}

/** Cuts `[start, end)` before the first match of `stop` in it. */
function cutAt(text: string, start: number, end: number, stop: RegExp | string): number {
  const part = text.slice(start, end);
  const i = typeof stop === 'string' ? part.indexOf(stop) : part.search(stop);
  return i < 0 ? end : start + i;
}

/** Skips spaces (and URL-encoded spaces) after a separator. */
export function skipSpaces(text: string, i: number): number {
  for (let n = 0; n < 8; n++) {
    if (text[i] === ' ' || text[i] === '\t') i++;
    else if (text.startsWith('%20', i)) i += 3;
    else break;
  }
  return i;
}

/** The opening quote at `i` (`"`, `\\\"`, `\u0022`, `&quot;`, `%22`…), or '' when the value is not quoted. */
export function openQuote(text: string, i: number): string {
  const c = text[i];
  if (c === '"' || c === "'" || c === '`') return c;
  if (c === '\\') {
    let j = i;
    while (text[j] === '\\' && j - i < 7) j++;
    if (text[j] === '"' || text[j] === "'") return text.slice(i, j + 1);
  }
  if (c === '\\' || c === '&' || c === '%') return OPEN_QUOTES.find((q) => text.startsWith(q, i)) ?? '';
  return '';
}

/** Reads the value starting at `from` (after the separator). Null when there is none. */
export function readValue(text: string, from: number, mode: ValueMode = 'token'): ValueSpan | null {
  const at = skipSpaces(text, from);
  const quote = mode === 'params' ? '' : openQuote(text, at);
  const start = at + quote.length;
  let end: number;
  if (quote) {
    end = quote.startsWith('%') ? readPercentQuoted(text, start, quote) : sticky(quotedReader(quote), text, start);
    if (mode === 'first-pair') end = cutAt(text, start, end, ';');
  } else {
    end = sticky(mode === 'line' ? LINE : mode === 'params' ? PARAMS : UNQUOTED, text, start);
    if (mode === 'token' && text.slice(start, end).includes('%')) end = cutAt(text, start, end, PERCENT_STOP);
    if (mode === 'token' && text.startsWith(REDACTED, end)) end += REDACTED.length;
    // A sentence may end right after the value: "use api_key=abc123." keeps its full stop.
    while (end > start && (text[end - 1] === '.' || text[end - 1] === ':')) end--;
    while (mode !== 'token' && end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  }
  if (end === start) return null;
  const open = quote !== '' && (end >= text.length || text[end] === '\n' || text[end] === '\r');
  return { start, end, value: text.slice(start, end), open, quoted: quote !== '' };
}

/**
 * One line of characters a key wrapped by a terminal may continue with: eight or more (a shorter tail gives too
 * little away to risk swallowing a word), padding only at the end.
 */
const CONTINUATION = /[A-Za-z0-9_+/.:%-]{8,4096}={0,2}/y;
/** Lines that start like a key's tail but are something else: a time or date, a label (`Content-Type:`), a URL. */
const NOT_A_TAIL = /^(?:\d{4}[-/.]\d\d[-/.]\d\d|\d{1,2}:\d\d)|[:.]$|:\/\//;
const AFTER_CONTINUATION = /[\s"'`\\,;)}\]]/;

/**
 * The end of the next line when it continues a key the terminal wrapped at `end`: the value reaches the line
 * break, and the next line is one key-like token (no spaces, no `name=` in it, mixing letters and digits or
 * cases). Otherwise -1.
 */
export function continuationEnd(text: string, end: number, looksRandom: (s: string) => boolean): number {
  let i = end;
  if (text[i] === '\r') i++;
  if (text[i] !== '\n') return -1;
  const from = i + 1;
  const to = sticky(CONTINUATION, text, from);
  if (to === from) return -1;
  const next = text[to];
  if (next !== undefined && !AFTER_CONTINUATION.test(next)) return -1;
  const token = text.slice(from, to);
  if (NOT_A_TAIL.test(token) || !looksRandom(token)) return -1;
  return to;
}

/** The end of a value wrapped over up to four more lines by a terminal (see continuationEnd); `end` when it is not. */
export function wrappedEnd(text: string, end: number, looksRandom: (s: string) => boolean): number {
  for (let n = 0; n < 4; n++) {
    const next = continuationEnd(text, end, looksRandom);
    if (next < 0) break;
    end = next;
  }
  return end;
}
