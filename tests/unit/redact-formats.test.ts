import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REDACTED, redact } from '../../src/lib/redact';

/**
 * Every secret format of tests/fixtures/secret-formats.jsonl (one line per format, with who issues it), generated
 * fresh from its shape, inside every context people paste it in. A case passes when no 8-character window of the
 * key's secret part (what follows the prefix the redaction keeps) is left in the output. The fixture holds shapes,
 * not keys, so that no key-shaped string is ever written into the repository. The keys are random but repeatable:
 * set REDACT_SEED to another number to try other keys.
 */

interface SecretFormat {
  id: string;
  format: string;
  issuer: string;
  /** A template: literal text with {alnum:N}, {urlsafe:N}, {hex:N}, {b64:N}, {b32:N}, {lower:N}, {digits:N}, {uuid}, {b64lines:N}. */
  shape: string;
  /** The prefix the redaction keeps visible (`sk-ant-api03-`); '' when the whole key goes. */
  keep: string;
  /** Recognised by its shape alone, with no name next to it. */
  bare: boolean;
  env: string;
  field: string;
  /** What stands before the key on a header line, `x-api-key: ` or `Authorization: Bearer `. */
  header: string;
  param: string;
  /** `block`: a multi-line PEM key. */
  kind?: 'block';
  /** Contexts this format is not expected to hold in, each with the reason. */
  skip?: Record<string, string>;
}

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'secret-formats.jsonl');
const FORMATS: SecretFormat[] = readFileSync(FIXTURE, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as SecretFormat);

const ALPHABETS: Record<string, string> = {
  alnum: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  urlsafe: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  b64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  hex: '0123456789abcdef',
  b32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  lower: 'abcdefghijklmnopqrstuvwxyz0123456789',
  digits: '0123456789',
};

/** mulberry32: a small seeded generator, so a failing key can be generated again. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fromShape(shape: string, next: () => number): string {
  const pick = (alphabet: string, n: number) => Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  return shape.replace(/\{(\w+)(?::(\d+))?\}/g, (_m, name: string, n?: string) => {
    if (name === 'uuid') return [8, 4, 4, 4, 12].map((len) => pick(ALPHABETS['hex']!, len)).join('-');
    if (name === 'b64lines') return Array.from({ length: Number(n) }, () => pick(ALPHABETS['b64']!, 64)).join('\n');
    const alphabet = ALPHABETS[name];
    if (!alphabet) throw new Error(`unknown alphabet {${name}} in shape ${shape}`);
    return pick(alphabet, Number(n));
  });
}

const SEED = Number(process.env['REDACT_SEED'] ?? 20261202);
const KEYS_PER_FORMAT = 3;

/** A key placed in a context: the paste, and the key's secret parts as they appear in it (encoded, split). */
interface Placed {
  text: string;
  secrets: string[];
}
interface Context {
  id: string;
  fits?: (f: SecretFormat, key: string) => boolean;
  place: (f: SecretFormat, key: string) => Placed;
}

const enc = encodeURIComponent;
const secretOf = (f: SecretFormat, key: string) => key.slice(f.keep.length);
const as = (text: string, f: SecretFormat, key: string): Placed => ({ text, secrets: [secretOf(f, key)] });
const kebab = (name: string) => name.replace(/_/g, '-');
/** Where a terminal would wrap a long key: past the kept prefix and a dozen characters of the secret. */
const cut = (f: SecretFormat, key: string) => Math.max(f.keep.length + 12, Math.floor(key.length / 2));
const wrapped = (f: SecretFormat, key: string, before: string, after: string): Placed => {
  const at = cut(f, key);
  return { text: `${before}${key.slice(0, at)}\n${key.slice(at)}${after}`, secrets: [key.slice(f.keep.length, at), key.slice(at)] };
};

/** The contexts of issue 14, one-line keys. */
const LINE_CONTEXTS: Context[] = [
  { id: 'bare', fits: (f) => f.bare, place: (f, k) => as(`Error: 401 Unauthorized calling https://api.example.com/v1/chat with ${k} (attempt 2)`, f, k) },
  { id: 'bare_log', fits: (f) => f.bare, place: (f, k) => as(`2026-12-02T10:00:00Z DEBUG client configured: ${k}\n2026-12-02T10:00:01Z ERROR 401`, f, k) },
  { id: 'env', place: (f, k) => as(`${f.env}=${k}`, f, k) },
  { id: 'export', place: (f, k) => as(`export ${f.env}="${k}"`, f, k) },
  { id: 'json', place: (f, k) => as(`{"model": "gpt-4o", "${f.field}": "${k}", "stream": false}`, f, k) },
  { id: 'yaml', place: (f, k) => as(`provider:\n  name: example\n  ${f.field}: ${k}\n  timeout: 30`, f, k) },
  { id: 'python', place: (f, k) => as(`client = Client(${f.field}="${k}", timeout=30)`, f, k) },
  { id: 'header', place: (f, k) => as(`HTTP/1.1 401 Unauthorized\n${f.header}${k}\ncontent-type: application/json`, f, k) },
  { id: 'curl', place: (f, k) => as(`curl -s https://api.example.com/v1/chat -H '${f.header}${k}' -d '{}'`, f, k) },
  { id: 'cli_flag', place: (f, k) => as(`example-cli --${kebab(f.field)} ${k} --verbose`, f, k) },
  { id: 'query', place: (f, k) => ({ text: `GET https://api.example.com/v1/models?alt=sse&${f.param}=${enc(k)}&page=2 HTTP/1.1`, secrets: [enc(k).slice(enc(f.keep).length)] }) },
  { id: 'userinfo', place: (f, k) => ({ text: `HTTPS_PROXY=http://user:${enc(k)}@proxy.example.com:8080`, secrets: [enc(k).slice(enc(f.keep).length)] }) },
  { id: 'escaped_json', place: (f, k) => as(`{"body": "{\\"${f.field}\\": \\"${k}\\"}"}`, f, k) },
  { id: 'unicode_json', place: (f, k) => as(`{\\u0022${f.field}\\u0022: \\u0022${k}\\u0022}`, f, k) },
  { id: 'html', place: (f, k) => as(`<pre>{&quot;${f.field}&quot;: &quot;${k}&quot;}</pre>`, f, k) },
  { id: 'percent', place: (f, k) => ({ text: `payload=%7B%22${f.field}%22%3A%22${enc(k)}%22%7D`, secrets: [enc(k).slice(enc(f.keep).length)] }) },
  { id: 'wrapped_env', fits: (_f, k) => k.length >= 40, place: (f, k) => wrapped(f, k, `${f.env}=`, '\nNEXT_SETTING=1') },
  { id: 'wrapped_bare', fits: (f, k) => f.bare && k.length >= 40, place: (f, k) => wrapped(f, k, 'using ', '\n(retrying in 2 s)') },
  // A request id may be letters only (Cline printed `Request ID: ljxhdJFZLIlPQIDZgmyWVFBySqGKstJM`), so a key of no
  // known shape is taken from a request-id position only when it also holds a digit, as nearly every random key does.
  { id: 'request_id', fits: (f, k) => f.bare || /\d/.test(k), place: (f, k) => as(`Error code: 401\nx-request-id: ${k}\nPlease contact support.`, f, k) },
];

/** The base64 lines of a PEM block: its secret. */
const pemLines = (key: string) => key.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
const block = (text: string, key: string): Placed => ({ text, secrets: pemLines(key) });

/** The contexts a multi-line PEM key is pasted in. */
const BLOCK_CONTEXTS: Context[] = [
  { id: 'bare', place: (_f, k) => block(`Loaded key:\n${k}\nthen the request failed`, k) },
  { id: 'json', place: (f, k) => block(JSON.stringify({ type: 'service_account', project_id: 'demo', [f.field]: k, client_email: 'x@demo.iam.gserviceaccount.com' }), k) },
  { id: 'escaped_json', place: (f, k) => block(JSON.stringify({ log: JSON.stringify({ [f.field]: k }) }), k) },
  { id: 'env_quoted', place: (f, k) => block(`${f.env}="${k}"`, k) },
  { id: 'yaml_block', place: (f, k) => block(`${f.field}: |\n  ${k.trimEnd().split('\n').join('\n  ')}\nnext: 1`, k) },
];

/** The first 8-character window of any secret part still present in `out`, or null. */
function survivor(out: string, secrets: readonly string[]): string | null {
  for (const secret of secrets) {
    for (let i = 0; i + 8 <= secret.length; i++) {
      const window = secret.slice(i, i + 8);
      if (out.includes(window)) return window;
    }
  }
  return null;
}

function keysOf(f: SecretFormat): string[] {
  const next = random(SEED ^ [...f.id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7));
  return Array.from({ length: KEYS_PER_FORMAT }, () => fromShape(f.shape, next));
}

function contextsOf(f: SecretFormat): Context[] {
  return (f.kind === 'block' ? BLOCK_CONTEXTS : LINE_CONTEXTS).filter((c) => !f.skip?.[c.id]);
}

describe('the fixture', () => {
  it('lists each format once, with its issuer, shape and contexts it is not expected to hold in, with reasons', () => {
    expect(FORMATS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(FORMATS.map((f) => f.id)).size).toBe(FORMATS.length);
    for (const f of FORMATS) {
      expect(f.issuer.length, f.id).toBeGreaterThan(2);
      expect(fromShape(f.shape, random(1)).startsWith(f.keep), f.id).toBe(true);
      for (const [context, reason] of Object.entries(f.skip ?? {})) {
        expect([...LINE_CONTEXTS, ...BLOCK_CONTEXTS].some((c) => c.id === context), `${f.id}: unknown context ${context}`).toBe(true);
        expect(reason.length, `${f.id}: ${context}`).toBeGreaterThan(20);
      }
      if (!f.bare) expect(f.skip?.['bare'], `${f.id}: a format that is not bare skips the bare context`).toBeTruthy();
    }
  });
});

describe.each(FORMATS.map((f) => [f.format, f.issuer, f] as const))('%s (%s)', (_format, _issuer, f) => {
  it('leaves no part of the key in any context, keeps its prefix, and redacting again changes nothing', () => {
    const failures: string[] = [];
    for (const key of keysOf(f)) {
      for (const context of contextsOf(f)) {
        if (context.fits && !context.fits(f, key)) continue;
        const { text, secrets } = context.place(f, key);
        const out = redact(text);
        const left = survivor(out, secrets);
        if (left !== null) failures.push(`${context.id}: "${left}" survives in ${JSON.stringify(out.slice(0, 300))}`);
        else if (redact(out) !== out) failures.push(`${context.id}: redacting twice changes ${JSON.stringify(out.slice(0, 300))}`);
        else if (context.id === 'bare' && f.keep && !out.includes(f.keep + REDACTED)) failures.push(`${context.id}: prefix ${f.keep} not kept in ${JSON.stringify(out.slice(0, 300))}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

/** How many format x context pairs the property test runs (each with KEYS_PER_FORMAT keys). */
function testedPairs(): { pairs: number; skipped: number } {
  let pairs = 0;
  let skipped = 0;
  for (const f of FORMATS) {
    const key = keysOf(f)[0]!;
    for (const c of f.kind === 'block' ? BLOCK_CONTEXTS : LINE_CONTEXTS) {
      if (f.skip?.[c.id]) skipped++;
      else if (!c.fits || c.fits(f, key)) pairs++;
    }
  }
  return { pairs, skipped };
}

it('tests more than a thousand format x context pairs', () => {
  expect(testedPairs().pairs).toBeGreaterThan(1000);
});

/**
 * The security review's 91 cases (shared/reviews/security.md, "Secret formats tried"), each rebuilt from its
 * description with fresh keys: one row per case, the format it uses, and the paste it puts the key in.
 */
const byId = (id: string) => {
  const f = FORMATS.find((x) => x.id === id);
  if (!f) throw new Error(`no format ${id} in the fixture`);
  return f;
};
type Row = [label: string, format: string, paste: (key: string) => string];
const REVIEW_CASES: Row[] = [
  ['Anthropic sk-ant-api03 bare', 'anthropic-api', (k) => `anthropic.AuthenticationError: invalid key ${k}`],
  ['Anthropic sk-ant-admin01', 'anthropic-admin', (k) => `using admin key ${k}`],
  ['Anthropic OAuth sk-ant-oat01', 'anthropic-oauth', (k) => `OAuth token ${k} expired`],
  ['Anthropic OAuth refresh sk-ant-ort01', 'anthropic-refresh', (k) => `{"refreshToken":"${k}"}`],
  ['OpenAI sk-proj-', 'openai-project', (k) => `Incorrect API key provided: ${k}.`],
  ['OpenAI sk-svcacct-', 'openai-svcacct', (k) => `key ${k} rejected`],
  ['OpenAI legacy sk-<48>', 'openai-legacy', (k) => `key ${k} rejected`],
  ['OpenAI sk-None-', 'openai-none', (k) => `key ${k} rejected`],
  ['OpenAI sk-admin-', 'openai-admin', (k) => `key ${k} rejected`],
  ['OpenRouter sk-or-v1-', 'openrouter', (k) => `Authorization failed for ${k}`],
  ['DeepSeek sk-<32hex>', 'deepseek', (k) => `Authentication Fails (${k})`],
  ['Azure api-key: <32hex> header', 'azure-hex', (k) => `api-key: ${k}`],
  ['Azure key in AZURE_OPENAI_KEY= env', 'azure-hex', (k) => `AZURE_OPENAI_KEY=${k}`],
  ['Azure key in AZURE_API_KEY= (LiteLLM) env', 'azure-litellm', (k) => `AZURE_API_KEY=${k}`],
  ['Gemini AIza bare', 'google-api', (k) => `API key not valid: ${k}`],
  ['Gemini ?key=AIza in URL', 'google-api', (k) => `https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent?key=${k}`],
  ['Gemini x-goog-api-key header', 'google-api', (k) => `x-goog-api-key: ${k}`],
  ['Gemini key URL-encoded (key%3DAIza...)', 'google-api', (k) => `url=https%3A%2F%2Fgenerativelanguage.googleapis.com%2Fv1beta%2Fmodels%3Fkey%3D${k}%26alt%3Dsse`],
  ['Google OAuth ya29. bare', 'google-oauth', (k) => `token ${k} is invalid`],
  ['Google OAuth ya29 in Bearer', 'google-oauth', (k) => `Authorization: Bearer ${k}`],
  ['Google OAuth refresh token 1//', 'google-refresh', (k) => `refresh with ${k} failed`],
  ['AWS AKIA access key id', 'aws-akia', (k) => `The security token included in the request is invalid: ${k}`],
  ['AWS ASIA temporary access key id', 'aws-asia', (k) => `credentials ${k} expired`],
  ['AWS secret key in ~/.aws/credentials', 'aws-secret', (k) => `[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${k}\nregion = us-east-1`],
  ['AWS_SECRET_ACCESS_KEY= env', 'aws-secret', (k) => `AWS_SECRET_ACCESS_KEY=${k}`],
  ['AWS session token env', 'aws-session', (k) => `AWS_SESSION_TOKEN=${k}`],
  ['Bedrock API key ABSK... in AWS_BEARER_TOKEN_BEDROCK', 'bedrock-long', (k) => `export AWS_BEARER_TOKEN_BEDROCK=${k}`],
  ['Bedrock ABSK in Authorization: Bearer', 'bedrock-long', (k) => `Authorization: Bearer ${k}`],
  ['Bedrock short-term bedrock-api-key-', 'bedrock-short', (k) => `token=${k}`],
  ['GitHub ghp_', 'github-classic', (k) => `remote: Invalid username or token ${k}`],
  ['GitHub github_pat_', 'github-fine', (k) => `GH_TOKEN ${k}`],
  ['Hugging Face hf_', 'huggingface', (k) => `Invalid token passed: ${k}`],
  ['Groq gsk_', 'groq', (k) => `Invalid API Key ${k}`],
  ['xAI xai-<80>', 'xai', (k) => `XAI_API_KEY=${k}`],
  ['xAI xai- bare in log', 'xai', (k) => `[xai] 401 for key ${k}`],
  ['Mistral 32-alnum in MISTRAL_API_KEY=', 'mistral', (k) => `MISTRAL_API_KEY=${k}`],
  ['Mistral key in Authorization: Bearer', 'mistral', (k) => `Authorization: Bearer ${k}`],
  ['Cohere 40-alnum in CO_API_KEY=', 'cohere', (k) => `CO_API_KEY=${k}`],
  ['Cohere key in cohere.Client("...")', 'cohere', (k) => `co = cohere.Client("${k}")`],
  ['Replicate r8_', 'replicate', (k) => `ReplicateError: invalid token ${k}`],
  ['Together 64-hex in TOGETHER_API_KEY=', 'together-hex', (k) => `TOGETHER_API_KEY=${k}`],
  ['Together tgp_v1_', 'together-v1', (k) => `key ${k}`],
  ['Fireworks fw_', 'fireworks', (k) => `key ${k}`],
  ['SiliconFlow sk-<48 lower>', 'siliconflow', (k) => `key ${k}`],
  ['Moonshot sk-<48>', 'moonshot', (k) => `key ${k}`],
  ['Zhipu id.secret in ZHIPUAI_API_KEY=', 'zhipu', (k) => `ZHIPUAI_API_KEY=${k}`],
  ['Zhipu id.secret in Authorization: Bearer', 'zhipu', (k) => `Authorization: Bearer ${k}`],
  ['Baidu Qianfan bce-v3/ALTAK-', 'qianfan-v3', (k) => `Authorization: Bearer ${k}`],
  ['Baidu client_secret in token URL', 'qianfan-sk', (k) => `POST https://aip.baidubce.com/oauth/2.0/token?grant_type=client_credentials&client_id=Va5yQRHlA4Fq5eR3LT0vuXV4&client_secret=${k}`],
  ['Authorization: Bearer <token with %>', 'bearer-opaque', (k) => `Authorization: Bearer ${k.slice(0, 20)}%2B${k.slice(20)}`],
  ['Bearer token with ! (relay password-like)', 'password', (k) => `Authorization: Bearer ${k}`],
  ['Bearer in JSON-escaped header dump (\\r\\n)', 'bearer-opaque', (k) => `{"headers": "Host: relay.example.com\\r\\nAuthorization: Bearer ${k}\\r\\nContent-Type: application/json"}`],
  ['Bearer followed by | (table/log)', 'bearer-opaque', (k) => `| header | Bearer ${k}| 401 |`],
  ['Authorization: <raw key> (no scheme)', 'generic-api-key', (k) => `Authorization: ${k}`],
  ['Authorization: token <40hex>', 'aws-sigv4', (k) => `Authorization: token ${k.slice(0, 40)}`],
  ['x-api-key: <any>', 'generic-api-key', (k) => `x-api-key: ${k}`],
  ['api-key: <any>', 'generic-api-key', (k) => `api-key: ${k}`],
  ['JWT bare', 'jwt', (k) => `token ${k} expired`],
  ['Cookie: session=...', 'session-cookie', (k) => `Cookie: theme=dark; session=${k}; lang=en`],
  ['Cookie __Secure-next-auth.session-token (JWE)', 'nextauth-jwe', (k) => `Cookie: __Secure-next-auth.session-token=${k}`],
  ['basic auth in URL https://user:pass@host', 'password', (k) => `curl: (22) The requested URL returned error: 401 for https://admin:${encodeURIComponent(k)}@relay.example.com/v1/chat/completions`],
  ['HTTPS_PROXY=http://user:pass@proxy', 'password', (k) => `HTTPS_PROXY=http://bob:${encodeURIComponent(k)}@proxy.corp.example:8080`],
  ['JSON "api_key": "..."', 'generic-api-key', (k) => `{"api_key": "${k}"}`],
  ['JSON "apiKey": "..."', 'generic-api-key', (k) => `{"apiKey": "${k}"}`],
  ['JSON "token": "..."', 'bearer-opaque', (k) => `{"token": "${k}"}`],
  ['JSON "client_secret": "..."', 'oauth-client-secret', (k) => `{"client_id": "demo", "client_secret": "${k}"}`],
  ['JSON "password": "..."', 'password', (k) => `{"username": "bob", "password": "${k}"}`],
  ['JSON "refresh_token": "..."', 'oauth-refresh', (k) => `{"refresh_token": "${k}", "expires_in": 3600}`],
  ['YAML api_key: value', 'generic-api-key', (k) => `model_list:\n  - model_name: gpt-4o\n    litellm_params:\n      api_key: ${k}`],
  ['sk-proj key wrapped over two lines (terminal width)', 'openai-project', (k) => `export OPENAI_API_KEY=${k.slice(0, 60)}\n${k.slice(60)}\n$ python app.py`],
  ["Python repr {'api_key': '...'}", 'generic-api-key', (k) => `{'api_key': '${k}', 'timeout': 30}`],
  ["Python repr Anthropic(auth_token='...')", 'relay', (k) => `Anthropic(auth_token='${k}', base_url='https://relay.example.com')`],
  ['URL-encoded JSON with sk-ant key (%22sk-ant-...)', 'anthropic-api', (k) => `body=%7B%22key%22%3A%22${k}%22%7D`],
  ['URL-encoded "api_key" field', 'generic-api-key', (k) => `body=%7B%22api_key%22%3A%22${k}%22%7D`],
  ['sk-proj after escaped \\n in JSON log string', 'openai-project', (k) => `{"msg": "loaded config\\n${k}\\nstarting"}`],
  ['api_key field in \\u0022 escaped JSON', 'generic-api-key', (k) => `{\\u0022api_key\\u0022: \\u0022${k}\\u0022}`],
  ['api_key in HTML-escaped JSON (&quot;)', 'generic-api-key', (k) => `{&quot;api_key&quot;: &quot;${k}&quot;}`],
  ['relay token sk-<48 alnum>', 'relay', (k) => `key ${k}`],
  ['env dump OPENAI_API_KEY=', 'openai-project', (k) => `PATH=/usr/bin\nOPENAI_API_KEY=${k}\nHOME=/root`],
  ['env ANTHROPIC_AUTH_TOKEN= (relay)', 'relay', (k) => `ANTHROPIC_AUTH_TOKEN=${k}`],
  ['LITELLM_MASTER_KEY= env', 'litellm-master', (k) => `LITELLM_MASTER_KEY=${k}`],
  ['OPENAI_KEY= (common alias)', 'generic-api-key', (k) => `OPENAI_KEY=${k}`],
  ['Perplexity pplx-<48>', 'perplexity', (k) => `key ${k}`],
  ['Alibaba DashScope sk-<32hex>', 'dashscope', (k) => `key ${k}`],
  ['Volcengine ARK_API_KEY=<uuid>', 'volcengine-ark', (k) => `ARK_API_KEY=${k}`],
  ['Tencent SecretId AKID...', 'tencent-id', (k) => `SecretId ${k} not found`],
  ['Google service-account private_key in JSON', 'google-sa-key', (k) => JSON.stringify({ type: 'service_account', private_key_id: 'a1b2c3', private_key: k })],
  ['key placed right after request-id label (requestId not redacted)', 'openai-project', (k) => `Error code: 401\nx-request-id: ${k}`],
  ['Voyage pa-<...>', 'voyage', (k) => `key ${k}`],
  ['NVIDIA nvapi-', 'nvidia', (k) => `key ${k}`],
  ['Bearer in escaped JSON string ending with \\"', 'bearer-opaque', (k) => `"{\\"Authorization\\": \\"Bearer ${k}\\"}"`],
];

describe("the security review's 91 cases", () => {
  it('are 91', () => {
    expect(REVIEW_CASES).toHaveLength(91);
  });

  it.each(REVIEW_CASES)('%s', (_label, id, paste) => {
    const f = byId(id);
    for (const key of keysOf(f)) {
      const secrets = f.kind === 'block' ? pemLines(key) : [secretOf(f, key)];
      const out = redact(paste(key));
      expect(survivor(out, secrets), out.slice(0, 300)).toBeNull();
    }
  });
});
