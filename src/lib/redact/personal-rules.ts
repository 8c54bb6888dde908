/**
 * What identifies a person or a network rather than unlocking an account: e-mail addresses, IPv4 addresses (but
 * loopback), internal host names (a label such as `.internal`, `.corp`, `.local`, `.svc`), and user, organisation
 * and project ids (OpenAI `org-…`, `user-…`, `proj_…`; any `user_id` / `org_id` / `account_id` field). Public API
 * hosts (api.openai.com) stay: they tell the reader where the request went.
 */
import { readValue } from './read-value';
import { isPlaceholder, isRedacted } from './shapes';
import { REDACTED, type Rule } from './types';

const LOCAL_PART = /[\w.+-]/;

/** `name@domain.tld`, found from its `@`. */
const EMAIL: Rule = {
  pattern: /@(?<=[\w.+-]@)[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g,
  apply(m, text, floor) {
    if (!/\.[A-Za-z]{2,24}$/.test(m[0])) return null;
    let start = m.index;
    while (start > floor && m.index - start < 64 && LOCAL_PART.test(text[start - 1]!)) start--;
    if (/[\w.+-]/.test(text[start - 1] ?? '') || isRedacted(text.slice(start, m.index))) return null;
    return { type: 'email', text: REDACTED, start, end: m.index + m[0].length };
  },
};

/** A dotted quad not glued to other digits or dots: not 127.x, 0.0.0.0 or 255.255.255.255. */
const IPV4: Rule = {
  pattern: /\.(?<=(?:^|[^\w.])\d{1,3}\.)\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w.]|\.\d)/g,
  apply(m, text) {
    let start = m.index;
    while (start > 0 && /\d/.test(text[start - 1]!)) start--;
    const octets = text.slice(start, m.index + m[0].length).split('.').map(Number);
    if (octets.some((o) => o > 255) || octets[0] === 127 || octets.every((o) => o === 0) || octets.every((o) => o === 255)) return null;
    return { type: 'ip', text: REDACTED, start, end: m.index + m[0].length };
  },
};

/** File names that look like hosts (`settings.local.json`): not hosts. */
const FILE_END = /\.(?:json|ya?ml|toml|ini|env|py|js|mjs|cjs|ts|tsx|md|txt|log|sh|conf|cfg|lock)$/i;
const HOST_CHAR = /[A-Za-z0-9-]/;

/** A host name with an internal label: `relay.internal.example.cn`, `llm.corp`, `api.default.svc.cluster.local`. */
const INTERNAL_HOST: Rule = {
  pattern: /\.(?:internal|intranet|intra|corp|lan|local|localdomain|svc|private)(?![A-Za-z0-9-])/gi,
  apply(m, text, floor) {
    let start = m.index;
    while (start > floor && m.index - start < 200 && (HOST_CHAR.test(text[start - 1]!) || text[start - 1] === '.')) start--;
    let end = m.index + m[0].length;
    while (end < text.length && end - m.index < 200 && (HOST_CHAR.test(text[end]!) || (text[end] === '.' && HOST_CHAR.test(text[end + 1] ?? '')))) end++;
    const host = text.slice(start, end);
    if (start === m.index || FILE_END.test(host) || /^[\d.]+$/.test(host) || isRedacted(text.slice(Math.max(0, start - 12), end))) return { skip: end };
    return { type: 'host', text: REDACTED, start, end };
  },
};

/** OpenAI organisation, user and project ids, and user ids of the shape OpenRouter passes on (`user_…`). */
const ACCOUNT_ID_SHAPE: Rule = {
  pattern: /[-_](?<=(?:^|[^\w-])(?:org|user)-|(?:^|[^\w-])(?:proj|user)_)[A-Za-z0-9]{20,40}(?![\w-])/g,
  apply(m) {
    const value = m[0].slice(1);
    if (!/\d/.test(value) && !/[A-Z]/.test(value)) return null;
    return { type: 'account_id', text: REDACTED, start: m.index + 1, end: m.index + m[0].length };
  },
};

/** The value of a field named user_id, userId, org_id, organization_id, account_id, tenant_id, customer_id or project_id. */
const ACCOUNT_ID_FIELD: Rule = {
  pattern: /id(?<=(?:^|[^A-Za-z])(?:user|org|organi[sz]ation|account|tenant|customer|project)[-_]?id)["']?[ \t]{0,4}[:=]/gi,
  apply(m, text) {
    const span = readValue(text, m.index + m[0].length);
    if (span === null || span.value.length < 4 || isRedacted(span.value) || isPlaceholder(span.value) || /^\d{1,3}$/.test(span.value)) return span ? { skip: span.end } : null;
    return { type: 'account_id', text: REDACTED, start: span.start, end: span.end };
  },
};

/** Run after the credential rules: a key's or URL's own context goes first. */
export const PERSONAL_RULES: readonly Rule[] = [EMAIL, INTERNAL_HOST, IPV4, ACCOUNT_ID_SHAPE, ACCOUNT_ID_FIELD];
