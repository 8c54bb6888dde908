/**
 * Credentials recognised by where they stand rather than by their shape, in the order the redaction runs them:
 * PEM private keys first; then, after the shape rules, named values (./named-value), Cookie headers, `Bearer`
 * tokens anywhere, URL userinfo, command-line flags and Cohere's client.
 */
import { hasCookiePairs, NAMED, nameInfo, REQUEST_ID, redactCookies, redactValue } from './named-value';
import { readValue, wrappedEnd } from './read-value';
import { isPlaceholder, isRedacted, looksPassword, looksSecret } from './shapes';
import { REDACTED, type Rule } from './types';

/** `Cookie:` and `Set-Cookie:` header lines, whatever their first cookie looks like (`Cookie: lang=en; sid=…`). */
const COOKIE_HEADER: Rule = {
  pattern: /[Cc]ookie["']?[ \t]{0,4}:/g,
  apply(m, text) {
    const start = m.index - (text.slice(Math.max(0, m.index - 4), m.index).toLowerCase() === 'set-' ? 4 : 0);
    if (!/^$|[\s"'`({,;]$/.test(text.slice(Math.max(0, start - 1), start))) return null;
    if (start < m.index) return redactValue(text, m.index + m[0].length, 'cookie', ['set', 'cookie']);
    const span = readValue(text, m.index + m[0].length, 'line');
    if (span === null) return null;
    const cookies = redactCookies(span.value);
    return cookies.count === 0 ? { skip: span.end } : { type: 'cookie', text: cookies.text, start: span.start, end: span.end, count: cookies.count };
  },
};

/** `Bearer <token>` wherever it stands (logs, tables, escaped JSON), not only after an Authorization name. */
const BEARER: Rule = {
  pattern: /[Bb]earer[ \t]+([^\s"'`\\<>|,;(){}[\]]{8,})/g,
  apply(m, text) {
    const tokenStart = m.index + m[0].length - m[1]!.length;
    let end = m.index + m[0].length;
    while (end > tokenStart && text[end - 1] === '.') end--;
    const token = text.slice(tokenStart, end);
    if (isRedacted(token) || text.startsWith(REDACTED, end) || !looksSecret(token, 8)) return null;
    return { type: 'token', text: REDACTED, start: tokenStart, end: wrappedEnd(text, end, (s) => looksSecret(s, 4)) };
  },
};

/** `scheme://user:password@host`: the password (or a lone token in the user part) goes, the user name stays. */
const URL_USERINFO: Rule = {
  pattern: /:\/\/([^\s/?#@:"'`<>\\]*)(?::([^\s/?#@"'`<>\\]*))?@/g,
  apply(m) {
    const user = m[1]!;
    const password = m[2];
    const at = m.index + m[0].length - 1;
    if (password !== undefined && password !== '') {
      if (isRedacted(password) || isPlaceholder(password)) return null;
      return { type: 'url_credentials', text: REDACTED, start: at - password.length, end: at };
    }
    if (password === undefined && !isRedacted(user) && looksSecret(user, 16)) return { type: 'url_credentials', text: REDACTED, start: m.index + 3, end: at };
    return null;
  },
};

/** Command-line flags followed by a space: `--api-key X`, `--token X`, curl `-u user:pass`, `-b 'session=…'`. */
const CLI_FLAG: Rule = {
  pattern: /-(?<=(?:^|[\s"'`(])-)(?:-[\w-]{0,30}?(?:key|token|secret|pass|pwd|credential|auth|cookie|session|sig|jwt|bearer|user)[\w-]{0,30}|[ubU])[ \t]+/gi,
  apply(m, text) {
    const flag = m[0].trim();
    const from = m.index + m[0].length;
    if (/^(?:-[uU]|--user|--proxy-user)$/.test(flag)) {
      const span = readValue(text, from);
      const colon = span ? span.value.indexOf(':') : -1;
      if (span === null) return null;
      if (colon < 0 || !looksPassword(span.value.slice(colon + 1))) return { skip: span.end };
      return { type: 'password', text: REDACTED, start: span.start + colon + 1, end: span.end };
    }
    if (flag === '-b' || flag === '--cookie') {
      // curl reads cookies from a file when the value has no `=`.
      const span = readValue(text, from, 'line');
      if (span === null) return null;
      const cookies = hasCookiePairs(span.value) ? redactCookies(span.value) : { text: '', count: 0 };
      return cookies.count === 0 ? { skip: span.end } : { type: 'cookie', text: cookies.text, start: span.start, end: span.end, count: cookies.count };
    }
    const info = nameInfo(flag);
    return info.type === null ? null : redactValue(text, from, info.type, info.words);
  },
};

/** `cohere.Client("<key>")`: Cohere's SDK takes the key as its first argument. */
const COHERE_CLIENT: Rule = {
  pattern: /Client(?:V2)?\([ \t]*/g,
  apply(m, text) {
    if (!/cohere\.(?:Async)?$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
    const span = readValue(text, m.index + m[0].length);
    if (span === null) return null;
    if (!span.quoted || !looksSecret(span.value, 16)) return { skip: span.end };
    return { type: 'api_key', text: REDACTED, start: span.start, end: span.end };
  },
};

/** PEM private keys, replaced whole (a truncated block too); the body may be JSON-escaped (`\n`). */
const PEM: Rule = {
  pattern: /-----BEGIN ([A-Z0-9 ]{0,30})PRIVATE KEY( BLOCK)?-----([A-Za-z0-9+/=\s\\]*)(-----END [A-Z0-9 ]{0,30}PRIVATE KEY(?: BLOCK)?-----)?/g,
  apply(m) {
    const body = m[3]!;
    if (!/[A-Za-z0-9+/]{16}/.test(body)) return null;
    const label = `${m[1]}PRIVATE KEY${m[2] ?? ''}`;
    return { type: 'private_key', text: `-----BEGIN ${label}-----${REDACTED}${m[4] ? `-----END ${label}-----` : ''}` };
  },
};

/** Run before the shape rules, so that no shape rule cuts into a key block. */
export const BLOCK_RULES: readonly Rule[] = [PEM];
/** Run after the shape rules, so that a key with a known prefix keeps it (`OPENAI_API_KEY=sk-proj-[REDACTED]`). */
export const CONTEXT_RULES: readonly Rule[] = [NAMED, REQUEST_ID, COOKIE_HEADER, BEARER, URL_USERINFO, CLI_FLAG, COHERE_CLIENT];
