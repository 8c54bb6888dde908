/**
 * Credentials recognised by their own shape, wherever they stand: a distinctive prefix (kept, so the reader sees
 * which kind of key was there) and a body (replaced). One pattern finds every candidate (a known prefix and the
 * characters a body may hold) in a single pass; the judge picks the format by the candidate's first character,
 * then checks the body's length and class, the boundary before the prefix (an escape such as `\n` or `%22` may
 * stand there) and, for short or common prefixes, that the body looks random.
 */
import { continuationEnd } from './read-value';
import { looksSecret, startsToken } from './shapes';
import { REDACTED, type Found, type Rule, type SecretType, type Skip } from './types';

interface Format {
  /** The kept prefix, anchored at the start of the candidate. */
  lead: RegExp;
  /** The secret body, a sticky pattern read from the end of the prefix; what it matches is replaced. */
  body: RegExp;
  /** The body's length: shorter is not this format; longer than `max` is another string that starts alike. */
  min: number;
  max?: number;
  type: SecretType;
  /** The prefix is short or common: the body must also look random (mix letters and digits, or cases). */
  weak?: boolean;
  /** A further check of the body's structure (a JWT's parts). */
  valid?: (body: string) => boolean;
}

/** The formats by the first character of their prefix, most specific first; each line says who issues it. */
const FORMATS: Record<string, readonly Format[]> = {
  s: [
    // Anthropic: API keys sk-ant-api03-, admin keys sk-ant-admin01-, Claude Code OAuth sk-ant-oat01- / sk-ant-ort01-, claude.ai session sk-ant-sid01-.
    { lead: /^sk-ant-(?:oat|ort)\d\d-/, body: /[\w-]+/y, min: 6, type: 'token' },
    { lead: /^sk-ant-sid\d\d-/, body: /[\w-]+/y, min: 6, type: 'cookie' },
    { lead: /^sk-ant-(?:api|admin)\d\d-/, body: /[\w-]+/y, min: 6, type: 'api_key' },
    // OpenRouter sk-or-v1-; OpenAI project, service-account, admin and sk-None- keys.
    { lead: /^sk-(?:or-v1|proj|svcacct|admin|None)-/, body: /[\w-]+/y, min: 8, type: 'api_key' },
    // Stripe secret keys.
    { lead: /^sk_(?:live|test)_/, body: /[A-Za-z0-9]+/y, min: 16, type: 'api_key' },
    // OpenAI legacy sk-<48>, DeepSeek / DashScope sk-<32 hex>, Moonshot, SiliconFlow, LiteLLM and one-api/new-api relays.
    { lead: /^sk-/, body: /[A-Za-z0-9][\w-]+/y, min: 16, type: 'api_key' },
    // ChatGPT session keys.
    { lead: /^sess-/, body: /[A-Za-z0-9]+/y, min: 30, type: 'cookie', weak: true },
  ],
  r: [
    // Stripe restricted keys; Replicate API tokens r8_<37>.
    { lead: /^rk_(?:live|test)_/, body: /[A-Za-z0-9]+/y, min: 16, type: 'api_key' },
    { lead: /^r8_/, body: /[A-Za-z0-9]+/y, min: 20, type: 'api_key' },
  ],
  A: [
    // AWS access key ids (AKIA long-term, ASIA temporary: 16 after the prefix) and unique ids of groups, users, roles (17).
    { lead: /^A(?:KIA|SIA|GPA|IDA|ROA|IPA|NPA|NVA|PKA|BIA|CCA)/, body: /[A-Z0-9]+/y, min: 16, max: 17, type: 'cloud_key' },
    // Tencent Cloud SecretId AKID<32>; Volcengine access key AKLT…; Bedrock long-term API key ABSK<base64>.
    { lead: /^AKID/, body: /[A-Za-z0-9]+/y, min: 24, type: 'cloud_key' },
    { lead: /^AKLT/, body: /[\w-]+/y, min: 20, type: 'cloud_key' },
    { lead: /^ABSK/, body: /[A-Za-z0-9+/%]+=*/y, min: 20, type: 'cloud_key' },
    // Google API keys (Gemini, Maps): AIza<35>.
    { lead: /^AIza/, body: /[\w-]+/y, min: 20, type: 'api_key' },
  ],
  g: [
    // GitHub personal, OAuth, user-to-server, server-to-server and refresh tokens; fine-grained github_pat_.
    { lead: /^(?:gh[pousr]_|github_pat_)/, body: /\w+/y, min: 20, type: 'token' },
    // Groq API keys gsk_<52>; GitLab personal access tokens glpat-.
    { lead: /^gsk_/, body: /[A-Za-z0-9]+/y, min: 20, type: 'api_key' },
    { lead: /^glpat-/, body: /[\w-]+/y, min: 20, type: 'token' },
  ],
  // Hugging Face user access tokens hf_<34>.
  h: [{ lead: /^hf_/, body: /[A-Za-z0-9]+/y, min: 20, type: 'token' }],
  x: [
    // xAI API keys xai-<80>; Slack bot, user, app and refresh tokens.
    { lead: /^xai-/, body: /[A-Za-z0-9]+/y, min: 20, type: 'api_key' },
    { lead: /^(?:xox[abposre]|xapp)-/, body: /[\w-]+/y, min: 10, type: 'token', weak: true },
  ],
  p: [
    // Perplexity pplx-<48>; Voyage AI pa-<…>.
    { lead: /^pplx-/, body: /[A-Za-z0-9]+/y, min: 20, type: 'api_key' },
    { lead: /^pa-/, body: /[\w-]+/y, min: 24, type: 'api_key', weak: true },
  ],
  // NVIDIA API catalog keys nvapi-<64>.
  n: [{ lead: /^nvapi-/, body: /[\w-]+/y, min: 20, type: 'api_key' }],
  // Fireworks AI keys fw_<24>.
  f: [{ lead: /^fw_/, body: /[A-Za-z0-9]+/y, min: 16, type: 'api_key', weak: true }],
  // Together AI keys tgp_v1_<43>.
  t: [{ lead: /^tgp_v1_/, body: /[\w-]+/y, min: 20, type: 'api_key' }],
  // Stripe webhook signing secrets.
  w: [{ lead: /^whsec_/, body: /[A-Za-z0-9+/=%]+/y, min: 20, type: 'password' }],
  // Google OAuth access tokens ya29.… and refresh tokens 1//…; OAuth client secrets GOCSPX-….
  y: [{ lead: /^ya29\./, body: /[\w.-]+/y, min: 20, type: 'token' }],
  '1': [{ lead: /^1\/\//, body: /[\w-]+/y, min: 20, type: 'token', weak: true }],
  G: [{ lead: /^GOCSPX-/, body: /[\w-]+/y, min: 20, type: 'password' }],
  // JSON Web Tokens (signed: three parts; encrypted, as next-auth session cookies: five, the second may be empty). MiniMax keys are JWTs.
  e: [{ lead: /^eyJ/, body: /[\w.-]+/y, min: 24, type: 'token', valid: jwtParts }],
  b: [
    // Bedrock short-term API keys bedrock-api-key-<base64 of a presigned URL>; Baidu Qianfan bce-v3/ALTAK-…/<secret>.
    { lead: /^bedrock-api-key-/, body: /[A-Za-z0-9+/=%]+/y, min: 20, type: 'cloud_key' },
    { lead: /^bce-v3\//, body: /ALTAK-[\w/+=-]+/y, min: 26, type: 'cloud_key' },
  ],
  // AWS STS session tokens (base64 that begins with the same header bytes).
  I: [{ lead: /^IQoJb3JpZ2lu/, body: /[A-Za-z0-9+/=%]+/y, min: 40, type: 'cloud_key' }],
  F: [{ lead: /^FwoGZXIvYXdz/, body: /[A-Za-z0-9+/=%]+/y, min: 40, type: 'cloud_key' }],
  // Alibaba Cloud AccessKey ids LTAI….
  L: [{ lead: /^LTAI/, body: /[A-Za-z0-9]+/y, min: 12, max: 30, type: 'cloud_key' }],
};

/** A JWT body after `eyJ`: at least three parts (two dots), a header and a last part of eight characters or more. */
function jwtParts(body: string): boolean {
  const first = body.indexOf('.');
  return first >= 8 && body.indexOf('.', first + 1) > first && /^[\w-]{8}/.test(body) && /[\w-]{8}\.?$/.test(body.slice(-9));
}

/** Every prefix above (the body is read by the format's own pattern, so scanning never reads a body twice). */
const CANDIDATE =
  /s(?:k-|k_(?:live|test)_|ess-)|r(?:k_(?:live|test)_|8_)|A(?:KIA|SIA|GPA|IDA|ROA|IPA|NPA|NVA|PKA|BIA|CCA|KID|KLT|BSK|Iza)|g(?:h[pousr]_|ithub_pat_|sk_|lpat-)|hf_|x(?:ai-|ox[abposre]-|app-)|p(?:plx|a)-|nvapi-|fw_|tgp_v1_|whsec_|ya29\.|1\/\/|GOCSPX-|eyJ|b(?:edrock-api-key-|ce-v3\/)|IQoJb3JpZ2lu|FwoGZXIvYXdz|LTAI/g;

/** A percent escape that a base64 body cannot hold (anything but `%2B` `+`, `%2F` `/`, `%3D` `=`). */
const FOREIGN_ESCAPE = /%(?!2[BbFf]|3[Dd])/;
const looksRandom = (s: string) => looksSecret(s, 4);
/** The characters any body may hold: how far a key runs on its first line before a terminal wraps it. */
const KEYISH = /[\w.+/=%-]+/y;

function sticky(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : at;
}

/** Whether `body` is a valid secret body of format `f`. */
function fits(f: Format, body: string): boolean {
  if (body.length < f.min || (f.max !== undefined && body.length > f.max)) return false;
  return !(f.weak && !looksSecret(body, 8)) && !(f.valid && !f.valid(body));
}

const KNOWN_PREFIX: Rule = {
  pattern: CANDIDATE,
  apply(m, text): Found | Skip | null {
    if (!startsToken(text, m.index)) return null;
    const head = text.slice(m.index, m.index + 24);
    const f = FORMATS[head[0]!]?.find((format) => format.lead.test(head));
    const lead = f?.lead.exec(head)?.[0];
    if (f === undefined || lead === undefined) return null;
    const from = m.index + lead.length;
    let end = sticky(f.body, text, from);
    const foreign = text.slice(from, end).search(FOREIGN_ESCAPE);
    if (foreign >= 0) end = from + foreign;
    while (end > from && text[end - 1] === '.') end--;
    const body = text.slice(from, end);
    const valid = fits(f, body);
    const found = (to: number): Found => ({ type: f.type, text: lead + REDACTED, start: m.index, end: to });
    if (valid && text[end] !== '\n' && text[end] !== '\r') return found(end);
    // The key may go on where a terminal wrapped it: join the first line's key-like run and the next lines. An
    // invalid body's run is read once and skipped whole, so no character is read twice.
    const run = valid ? end : sticky(KEYISH, text, from);
    let joined = text.slice(from, run);
    let joinedEnd = run;
    for (let n = 0; n < 4; n++) {
      const next = continuationEnd(text, joinedEnd, looksRandom);
      if (next < 0) break;
      joined += text.slice(text.indexOf('\n', joinedEnd) + 1, next);
      joinedEnd = next;
    }
    if (joinedEnd > run) {
      let long = joined.slice(0, sticky(f.body, joined, 0));
      while (long.endsWith('.')) long = long.slice(0, -1);
      if (long.length > run - from && fits(f, long)) return found(joinedEnd);
    }
    return valid ? found(end) : { skip: Math.max(run, from) };
  },
};

/**
 * Zhipu AI (BigModel) keys: <32 hex id>.<secret>, replaced whole. The dot is found first, then the id before it,
 * which a terminal may have wrapped once.
 */
const ZHIPU: Rule = {
  pattern: /\.(?<=[0-9a-f][0-9a-f\r\n]{31,33}\.)[A-Za-z0-9]+/g,
  apply(m, text) {
    const secret = m[0].slice(1);
    if (secret.length < 12 || secret.length > 24 || !looksSecret(secret, 12)) return null;
    // Walk back over the id: 32 hex digits, with at most one line break among them.
    let start = m.index;
    let hex = 0;
    let breaks = 0;
    while (start > 0 && hex < 32) {
      const c = text.charCodeAt(start - 1);
      if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102)) hex++;
      else if ((c === 10 || c === 13) && hex > 0 && breaks < 2) breaks++;
      else break;
      start--;
    }
    if (hex !== 32 || !startsToken(text, start)) return null;
    return { type: 'api_key', text: REDACTED, start, end: m.index + m[0].length };
  },
};

export const PREFIX_RULES: readonly Rule[] = [KNOWN_PREFIX, ZHIPU];
