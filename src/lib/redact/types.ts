/** What the redaction puts where a secret was. */
export const REDACTED = '[REDACTED]';

/**
 * The kinds of secret the redaction reports, so that the page can say "2 API keys, 1 cookie were removed":
 * - `api_key`: provider API keys (sk-…, AIza…, hf_…, xai-…) and values of fields named *key*
 * - `token`: bearer, OAuth, GitHub, Slack and JSON Web tokens, `Authorization` values, URL signatures
 * - `password`: values of fields named password, passwd, pwd, secret, credential(s); `curl -u user:pass`
 * - `cookie`: `Cookie` / `Set-Cookie` values and values named cookie or session
 * - `private_key`: PEM private-key blocks, whole
 * - `url_credentials`: the password (or token) in `scheme://user:password@host`
 * - `cloud_key`: cloud access key ids and secret keys: AWS (AKIA/ASIA…, secret keys, session tokens, Bedrock),
 *   Tencent (AKID…), Alibaba (LTAI…), Volcengine (AKLT…), Baidu (bce-v3/ALTAK-…)
 * And what identifies a person or a network (./personal-rules):
 * - `email`: e-mail addresses
 * - `host`: internal host names (`.internal`, `.corp`, `.local`, `.svc` …)
 * - `ip`: IPv4 addresses but loopback
 * - `account_id`: user, organisation and project ids
 */
export type SecretType = 'api_key' | 'token' | 'password' | 'cookie' | 'private_key' | 'url_credentials' | 'cloud_key' | 'email' | 'host' | 'ip' | 'account_id';

export const SECRET_TYPES: readonly SecretType[] = ['api_key', 'token', 'password', 'cookie', 'private_key', 'url_credentials', 'cloud_key', 'email', 'host', 'ip', 'account_id'];

/** A secret a rule found: what replaces it and where (by default, the whole match). */
export interface Found {
  type: SecretType;
  text: string;
  start?: number;
  end?: number;
  /** How many secrets the replacement stands for (a Cookie header with three cookies: 3); 1 by default. */
  count?: number;
}

/**
 * One redaction rule: a global pattern that finds a candidate (every pattern is linear: no nested quantifiers,
 * and it starts with a literal or a separator so the engine skips ahead fast), and a judge that says whether the
 * candidate is a secret and what replaces it.
 */
export interface Rule {
  pattern: RegExp;
  /**
   * The secret found at the match; or `{ skip }`, the end of a value judged harmless, to go on from; or null.
   * `floor` is where the last replacement of this pass ended: context before it (a name inside a value already
   * replaced) no longer exists in the output, so a judge must not rely on it.
   */
  apply: (match: RegExpExecArray, text: string, floor: number) => Found | Skip | null;
}

/** A value the judge read and found harmless: scanning goes on after it, so no text is read twice. */
export interface Skip {
  skip: number;
}
