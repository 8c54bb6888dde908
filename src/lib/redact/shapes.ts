/**
 * Judgements the redaction rules share: does a value look like a secret or like a placeholder, does a name say
 * "secret", does a match start a token, is a request id in a shape providers use. Plain string tests, no I/O.
 */
import { REDACTED, type SecretType } from './types';

/** True when the value holds a `[REDACTED]` marker (or its start, where a reader cut it): redacting twice changes nothing. */
export const isRedacted = (value: string) => value.includes(REDACTED.slice(0, -1));

/** Code that reads the secret from elsewhere: os.environ["KEY"], os.environ/KEY (LiteLLM), process.env.KEY. */
const REFERENCE = /^(?:os\.environ|os\.getenv|process\.env|env\.|import\.meta\.env|secrets\.|vault:)/i;
/** Words that fill a field when there is no secret. */
const EMPTY_WORDS = /^(?:null|none|nil|undefined|true|false|required|optional|string|str|bytes|int|bool|any|empty|unset|redacted|hidden|masked)$/i;

/**
 * Values that stand for a secret without being one: references ($OPENAI_API_KEY, ${KEY}, %KEY%, {{ key }},
 * <your-key>, os.environ/KEY), masks (sk-abc***xyz, ••••, xxxxxxxx, ...) and empty words (null, None, required).
 * Only bounded prefixes and plain substring searches, so a 4 MB value costs one linear pass.
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0 || isRedacted(v)) return true;
  const head = v.slice(0, 24);
  if (/^(?:\$|%[A-Za-z_]\w*%|\{\{|<)/.test(head) || REFERENCE.test(head)) return true;
  if (v.includes('***') || v.includes('•') || v.includes('…') || v.includes('...')) return true;
  if (v.length >= 4 && !/[^x]/i.test(v)) return true;
  return v.length <= 12 && EMPTY_WORDS.test(v);
}

/**
 * A value that could be a credential rather than a word: long enough and either mixing letters with digits or
 * mixing case. Names and English words ("service", "expired", "rate_limit_exceeded", "ServiceUnavailable") are not.
 */
export function looksSecret(value: string, minLength = 8): boolean {
  if (value.length < minLength || isPlaceholder(value)) return false;
  const lower = /[a-z]/.test(value);
  const upper = /[A-Z]/.test(value);
  if (/\d/.test(value) && (lower || upper)) return true;
  return lower && upper && value.length >= 12 && (value.length > 64 || !/^[A-Z][a-z]{2,}(?:[A-Z][a-z]{2,})*$/.test(value));
}

/** A password-like value: three characters or more, not a placeholder, not a short plain number. */
export function looksPassword(value: string): boolean {
  if (value.length < 3 || isPlaceholder(value)) return false;
  return !/^\d{1,6}$/.test(value);
}

/** A value that names a file rather than holding the secret (GOOGLE_APPLICATION_CREDENTIALS=/path/sa.json). */
export const isPath = (value: string) => value.length < 1024 && /^(?:~|\.{1,2}|[A-Za-z]:)?[\\/][^\s]*\.(?:json|ya?ml|pem|key|txt|env|p12|pfx|cfg|ini|toml|crt)$/i.test(value);

const WORD_CHAR = /[A-Za-z0-9_]/;
/** Escapes that may stand right before a token: \n, \t, \u0022, \x22, %22, %3D. */
const ESCAPE_BEFORE = /(?:\\[nrtfbv]|\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}|%[0-9A-Fa-f]{2})$/;

/** True when a match at `offset` is not glued to a preceding letter or digit (an escape before it is fine). */
export function startsToken(text: string, offset: number): boolean {
  if (offset === 0 || !WORD_CHAR.test(text[offset - 1]!)) return true;
  return ESCAPE_BEFORE.test(text.slice(Math.max(0, offset - 6), offset));
}

/** Words of a name: `AZURE_OPENAI_KEY` -> azure, openai, key; `clientSecret` -> client, secret; `api%5Fkey` -> api, key. */
export function nameWords(name: string): string[] {
  return name
    .replace(/%5F|%2D|%2E/gi, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Words that make a name a secret's name, with the type of what it holds. */
const SECRET_WORDS: Record<string, SecretType> = {
  key: 'api_key', apikey: 'api_key', accesskey: 'api_key', secretkey: 'api_key', privatekey: 'api_key', masterkey: 'api_key', subscriptionkey: 'api_key', ak: 'api_key', sk: 'api_key',
  token: 'token', apitoken: 'token', authtoken: 'token', accesstoken: 'token', refreshtoken: 'token', idtoken: 'token', bearer: 'token', jwt: 'token', auth: 'token', authorization: 'token', sig: 'token', signature: 'token',
  secret: 'password', password: 'password', passwd: 'password', pwd: 'password', pass: 'password', passphrase: 'password', credential: 'password', credentials: 'password', creds: 'password',
  cookie: 'cookie', session: 'cookie', sessionid: 'cookie', sessionkey: 'cookie', sessiontoken: 'cookie',
};
/**
 * Words that make a secret-sounding name describe something else: max_tokens, token_type, key_file, auth_url, session_id;
 * and an error's name before its message (`CredentialsValidateFailedError: Credentials validation failed`, Dify's).
 */
const NOT_SECRET_WORDS = new Set(
  'tokens id ids model type types count counts limit limits remaining reset usage length len max min size expires expiry expiration ttl url uri urls endpoint file path dir name names header format prefix hint mask masked source provider mode method scheme version env var required field param params policy window status state index budget quota estimated used left domain secure httponly samesite store helper cmd command error exception'.split(' '),
);
/** Names that look like secrets but are shell state. */
const NOT_SECRET_NAMES = new Set(['pwd', 'oldpwd']);

/** The type of secret a name announces, or null when the name is not a secret's name. */
export function secretTypeOfName(name: string): SecretType | null {
  const words = nameWords(name);
  if (words.length === 0 || NOT_SECRET_NAMES.has(words.join('_'))) return null;
  if (words.some((w) => NOT_SECRET_WORDS.has(w))) return null;
  let found: SecretType | null = null;
  for (const w of words) {
    const t = SECRET_WORDS[w];
    if (t && (found === null || rank(t) < rank(found))) found = t;
  }
  // A joined name: APIKEY, SECRETKEY, xApiKey (after its words are split) are found above; `mysecretkey` here.
  if (found === null) {
    const joined = words.join('');
    for (const [w, t] of Object.entries(SECRET_WORDS)) if (w.length >= 5 && joined.endsWith(w)) found = t;
  }
  if (found !== null && words.includes('aws')) return 'cloud_key';
  return found;
}
const RANK: SecretType[] = ['cloud_key', 'cookie', 'api_key', 'password', 'token'];
const rank = (t: SecretType) => RANK.indexOf(t);

/**
 * Request ids in the shapes providers print: a type prefix (Anthropic and OpenAI req_, msg_, resp_, chatcmpl-;
 * OpenRouter gen-), a timestamp-led relay id (20250619225120231967659nCl6icA7), hex and UUIDs, a Cloudflare ray (with
 * its data centre: `99687fc3cf714a2e-TPE`), or one-case alphanumerics. What a value in none of these shapes must look
 * like to be taken for a credential is decided by REQUEST_ID in named-value.ts.
 */
export function isRequestIdShape(value: string): boolean {
  return (
    /^(?:req|request|chatcmpl|cmpl|gen|msg|resp|run|batch|file|conv|chat|trace|span|err|evt|task|job)[_-]/.test(value) ||
    /^\d{8}/.test(value) ||
    /^[0-9A-Fa-f-]+(?:-[A-Z]{3})?$/.test(value) ||
    /^[0-9a-z_.:-]+$/.test(value) ||
    /^[0-9A-Z_.:-]+$/.test(value)
  );
}
