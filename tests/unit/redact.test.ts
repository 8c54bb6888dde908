import { describe, expect, it } from 'vitest';
import { REDACTED, countSecrets, redact } from '../../src/lib/redact';

import { generatedKeys, generator } from '../shared/generated-keys';

const g = generator(42);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const KEYS: [string, string, string][] = generatedKeys().map((k) => [k.label, k.key, k.prefix]);

describe('redact', () => {
  it.each(KEYS)('removes a bare %s and keeps its prefix', (_label, key, prefix) => {
    const out = redact(`key is ${key} here`);
    expect(out).not.toContain(key.slice(prefix.length, prefix.length + 12));
    expect(out).toBe(`key is ${prefix}${REDACTED} here`);
  });

  it.each([
    ['Authorization: Bearer header', (k: string) => `Authorization: Bearer ${k}`],
    ['x-api-key header', (k: string) => `x-api-key: ${k}`],
    ['api-key header (Azure)', (k: string) => `api-key: ${k}`],
    ['JSON api_key field', (k: string) => `{"api_key": "${k}"}`],
    ['Python dict repr', (k: string) => `{'x-api-key': '${k}'}`],
    ['env assignment', (k: string) => `export ANTHROPIC_AUTH_TOKEN=${k}`],
    ['query string', (k: string) => `https://generativelanguage.googleapis.com/v1beta/models?key=${k}&alt=sse`],
    ['curl header flag', (k: string) => `curl -H "Authorization: Bearer ${k}" https://api.openai.com/v1/models`],
  ])('removes a credential of any format in a %s', (_label, wrap) => {
    const opaque = g(ALNUM, 40);
    const out = redact(wrap(opaque));
    expect(out).not.toContain(opaque);
    expect(out).toContain(REDACTED);
  });

  it('is idempotent and removes every generated key in one pass', () => {
    const text = KEYS.map(([label, key]) => `${label}: ${key}`).join('\n');
    const once = redact(text);
    expect(redact(once)).toBe(once);
    for (const [, key, prefix] of KEYS) expect(once).not.toContain(key.slice(prefix.length));
    expect(countSecrets(text)).toBe(KEYS.length);
  });

  it('leaves ordinary error text and masked keys alone', () => {
    const text = "Incorrect API key provided: sk-abc***xyz. You can find your API key at https://platform.openai.com/account/api-keys.";
    expect(redact(text)).toBe(text);
    expect(redact('invalid x-api-key')).toBe('invalid x-api-key');
    expect(redact('Bearer auth')).toBe('Bearer auth');
  });

  it('never throws on hostile input', () => {
    expect(redact(null as unknown as string)).toBe('');
    expect(redact('Bearer '.repeat(20_000)).length).toBeGreaterThan(0);
  });
});
