/**
 * Values recognised by the name they stand after: the value of a header, variable, field, flag or query parameter
 * whose name says key, token, secret, password, credential, auth, cookie or session, read the way it is quoted;
 * `Authorization` values of every scheme; a key put where a request id belongs.
 */
import { readValue, wrappedEnd, type ValueMode } from './read-value';
import { isPath, isPlaceholder, isRedacted, isRequestIdShape, looksPassword, looksSecret, nameWords, secretTypeOfName } from './shapes';
import { REDACTED, type Found, type Rule, type SecretType, type Skip } from './types';

/** Authorization schemes kept in front of the redacted credentials. */
const SCHEME = /^(?:Bearer|Basic|Token|Digest|Bot|OAuth|Negotiate|NTLM|SharedKey(?:Lite)?|ApiKey|Api-Key|Key|GoogleLogin|[A-Za-z0-9]{2,8}-HMAC-SHA(?:1|256))[ \t]+/i;
/** Schemes whose credentials are several `name=value` parameters separated by spaces (AWS SigV4, Tencent TC3, Digest). */
const PARAM_SCHEME = /^(?:Digest|OAuth|[A-Za-z0-9]{2,8}-HMAC-SHA(?:1|256))/i;

/** Removes an escape the name pattern took in with the name: `\napi_key` -> `api_key`, `%22token` -> `token`. */
function cleanName(text: string, nameStart: number, name: string): string {
  const before = text[nameStart - 1];
  if (before === '%') return name.slice(2);
  if (before === '\\') return name.replace(/^(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[nrtfbv])/, '');
  return name;
}

function modeOf(words: readonly string[]): ValueMode {
  const last = words[words.length - 1];
  if (last === 'cookie') return words.includes('set') ? 'first-pair' : 'line';
  return 'token';
}

/** Whether `value`, held by a name of `type`, is worth redacting. */
function worthRedacting(type: SecretType, value: string, header: boolean): boolean {
  if (isPlaceholder(value) || isPath(value)) return false;
  if (type === 'password') return looksPassword(value);
  if (header) return value.length >= 6 && (looksSecret(value, 6) || value.length >= 20);
  return looksSecret(value, 8);
}

/** A cookie `name=value` pair: a name without spaces, then `=`. */
const COOKIE_PAIR = /^\s*[^\s=;,]+=/;
/** Whether a header value holds `name=value` cookies rather than one bare value. */
export const hasCookiePairs = (value: string) => value.split(';').some((pair) => COOKIE_PAIR.test(pair));

/** A Cookie header's value with each cookie's value replaced: `a=[REDACTED]; b=[REDACTED]`, or a lone cookie value. */
export function redactCookies(value: string): { text: string; count: number } {
  let count = 0;
  const text = value
    .split(';')
    .map((pair) => {
      const eq = COOKIE_PAIR.test(pair) ? pair.indexOf('=') : -1;
      const v = pair.slice(eq + 1).trim();
      // A lone value (`"cookie": "<value>"`) counts when it looks like one; `name=value` pairs always do.
      if (v === '' || isRedacted(v) || isPlaceholder(v) || (eq < 0 && !looksSecret(v, 8))) return pair;
      count++;
      return eq < 0 ? pair.replace(v, REDACTED) : `${pair.slice(0, eq + 1)}${REDACTED}`;
    })
    .join(';');
  return { text, count };
}

/** Redacts the value after a secret's name, keeping the name, the quotes and an Authorization scheme. */
export function redactValue(text: string, from: number, type: SecretType, words: readonly string[]): Found | Skip | null {
  const isAuthHeader = words[words.length - 1] === 'authorization';
  let mode = modeOf(words);
  // A cookie line is read whole only when it starts with a `name=value` pair; a lone value is one token. (Reading
  // the line first would read the same line again from every `Cookie:` in it.)
  if (mode === 'line') {
    const first = readValue(text, from, 'token');
    if (first === null) return null;
    if (!first.quoted && !COOKIE_PAIR.test(first.value)) mode = 'token';
  }
  const span = readValue(text, from, mode);
  if (span === null) return null;
  const skip = { skip: span.end };
  if (text.startsWith(REDACTED, span.end)) return skip;
  if (mode === 'line' && !hasCookiePairs(span.value)) return redactValue(text, from, type, [...words, 'value']);
  if (mode === 'line') {
    const cookies = redactCookies(span.value);
    return cookies.count === 0 ? skip : { type: 'cookie', text: cookies.text, start: span.start, end: span.end, count: cookies.count };
  }
  let start = span.start;
  let end = span.end;
  if (mode === 'first-pair') start += span.value.indexOf('=') + 1;
  const scheme = isAuthHeader || type === 'token' ? SCHEME.exec(text.slice(start, start + 40)) : null;
  if (scheme && (!span.quoted || scheme[0].length < span.value.length)) {
    start += scheme[0].length;
    const params = PARAM_SCHEME.test(scheme[0]);
    if (!span.quoted) end = readValue(text, start, params ? 'params' : 'token')?.end ?? start;
    // SigV4 credentials hold an access key id the shape rules have already replaced: the whole goes all the same.
    if (params && end > start && !text.startsWith(REDACTED, start)) return { type: 'token', text: REDACTED, start, end };
  }
  const value = text.slice(start, end);
  if (value === '' || isRedacted(value) || text.startsWith(REDACTED, end)) return skip;
  if (!worthRedacting(type, value, isAuthHeader || mode !== 'token')) return skip;
  if ((!span.quoted || span.open) && value.length >= 8) end = wrappedEnd(text, end, (s) => looksSecret(s, 4));
  return { type: mode === 'token' ? type : 'cookie', text: REDACTED, start, end };
}

export interface NameInfo {
  type: SecretType | null;
  words: string[];
}
/** What a name says, cached: hostile text repeats the same few names hundreds of thousands of times. */
const NAMES = new Map<string, NameInfo>();
export function nameInfo(name: string): NameInfo {
  let info = NAMES.get(name);
  if (info === undefined) {
    if (NAMES.size >= 512) NAMES.clear();
    info = { type: secretTypeOfName(name), words: nameWords(name) };
    NAMES.set(name, info);
  }
  return info;
}

/**
 * The value of anything named like a secret, found from its separator (`:`, `=`, `:=`, `=>`, `%3A`, `%3D`), a
 * value after it that starts with six characters other than `:` and `=` and is not the next header's name (or a
 * cookie `name=value`, or an Authorization scheme), checked first because most separators in a paste fail there,
 * cheaply, and the name right before it: env lines, JSON / YAML / TOML / Python fields, headers, query parameters, cookies.
 * The name may be quoted or escaped (`"…"`, `\"…\"`, `\u0022…\u0022`, `&quot;…&quot;`, `%22…%22`).
 */
export const NAMED: Rule = {
  pattern:
    /(?::=|=>|[:=]|%3[ADad])(?<=[\w"'`; \t-](?::=|=>|[:=]|%3[ADad]))(?=[ \t]{0,4}(?:\\{0,7}["'`]|\\u00(?:22|27)|&quot;|&#3[49];|%2[027])?(?:[^\s"'`\\<>|:=]{6}(?![\w.-]{0,24}:\s)|[\w.-]{1,32}=[^\s"'`\\<>|:;=]{6}|(?:Basic|Token|Bot|Key)[ \t]))(?<=(?:^|[^\w.-])([\w.-]{0,32}(?:key|token|secret|pass|pwd|credential|creds|auth|cookie|session|sig|jwt|bearer|_ak|_sk)[\w.-]{0,32})((?:\\{0,7}["'`]|\\u00(?:22|27)|&quot;|&#34;|%2[27])?[ \t]{0,4})(?::=|=>|[:=]|%3[ADad]))/gi,
  apply(m, text, floor) {
    const name = m[1]!;
    const glue = m[2]!;
    const nameStart = m.index - glue.length - name.length;
    if (nameStart < floor) return null;
    const info = nameInfo(cleanName(text, nameStart, name));
    const from = m.index + m[0].length + (m[0] === '=' && text[m.index + 1] === '>' ? 1 : 0);
    return info.type === null ? null : redactValue(text, from, info.type, info.words);
  },
};

/**
 * A credential pasted where a request id belongs (`x-request-id: sk-…`, `request_id: wJalr…`): ids keep their
 * providers' shapes (see isRequestIdShape); a value in none of them that mixes digits with both cases over 20
 * characters or more, as keys do, goes. (Cline printed `Request ID: ljxhdJFZLIlPQIDZgmyWVFBySqGKstJM`: no digit, kept.)
 */
export const REQUEST_ID: Rule = {
  pattern: /id(?<=request[-_ ]?id)["']?[ \t]{0,4}(?::=|[:=])(?=[ \t]{0,4}["']?[^\s"'`\\<>|:=]{16})/gi,
  apply(m, text, floor) {
    // The match starts at `id`; `request`, and a separator between, stand before it.
    const nameStart = m.index - 7 - (/[-_ ]/.test(text[m.index - 1] ?? '') ? 1 : 0);
    return nameStart < floor ? null : requestIdValue(text, m.index + m[0].length);
  },
};

function requestIdValue(text: string, from: number): Found | Skip | null {
  const span = readValue(text, from);
  if (span === null) return null;
  if (isRedacted(span.value) || text.startsWith(REDACTED, span.end)) return { skip: span.end };
  const v = span.value;
  const keyLike = v.length >= 20 && /\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && !isPlaceholder(v);
  if (isRequestIdShape(v) || !keyLike) return { skip: span.end };
  return { type: 'api_key', text: REDACTED, start: span.start, end: span.end };
}

