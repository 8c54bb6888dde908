/**
 * Realistic credentials of every format the redaction promises to remove, generated at run time so that no
 * key-shaped string is ever written into the repository. Deterministic: the same keys on every run.
 */
/** A deterministic generator of strings over an alphabet. */
export function generator(seed: number) {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) % 2 ** 31), state);
  return (alphabet: string, length: number) => Array.from({ length }, () => alphabet[next() % alphabet.length]).join('');
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URLSAFE = ALNUM + '-_';
const HEX = '0123456789abcdef';

export interface GeneratedKey {
  label: string;
  key: string;
  prefix: string;
}

export function generatedKeys(seed = 20261123): GeneratedKey[] {
  const g = generator(seed);
  return [
    { label: 'Anthropic API key', key: `sk-ant-api03-${g(URLSAFE, 93)}AA`, prefix: 'sk-ant-api03-' },
    { label: 'Anthropic admin key', key: `sk-ant-admin01-${g(URLSAFE, 93)}AA`, prefix: 'sk-ant-admin01-' },
    { label: 'Anthropic OAuth token', key: `sk-ant-oat01-${g(URLSAFE, 95)}`, prefix: 'sk-ant-oat01-' },
    { label: 'OpenAI project key', key: `sk-proj-${g(URLSAFE, 156)}`, prefix: 'sk-proj-' },
    { label: 'OpenAI service-account key', key: `sk-svcacct-${g(URLSAFE, 156)}`, prefix: 'sk-svcacct-' },
    { label: 'OpenAI admin key', key: `sk-admin-${g(URLSAFE, 120)}`, prefix: 'sk-admin-' },
    { label: 'legacy OpenAI key', key: `sk-${g(ALNUM, 48)}`, prefix: 'sk-' },
    { label: 'OpenRouter key', key: `sk-or-v1-${g(HEX, 64)}`, prefix: 'sk-or-v1-' },
    { label: 'DeepSeek key', key: `sk-${g(HEX, 32)}`, prefix: 'sk-' },
    { label: 'relay token', key: `sk-${g(ALNUM, 48)}`, prefix: 'sk-' },
    { label: 'Google API key', key: `AIza${g(URLSAFE, 35)}`, prefix: 'AIza' },
    { label: 'AWS access key id', key: `AKIA${g('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`, prefix: 'AKIA' },
    { label: 'Groq key', key: `gsk_${g(ALNUM, 52)}`, prefix: 'gsk_' },
    { label: 'JWT', key: `eyJ${g(URLSAFE, 30)}.${g(URLSAFE, 60)}.${g(URLSAFE, 43)}`, prefix: 'eyJ' },
  ];
}

/** The secret part of a key: what must never appear after redaction. */
export const secretPart = (k: GeneratedKey) => k.key.slice(k.prefix.length);
