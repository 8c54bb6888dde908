import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/loader/classify';
import { REDACTED, redact } from '../../src/lib/redact';
import { isKindId } from '../../src/lib/taxonomy';
import { labelledPastes } from '../shared/pastes';

const fixtures = labelledPastes().map((f) => f.text);

/** Text that looks like what people paste: fixture fragments, JSON-ish punctuation, escapes and noise, mixed. */
const pasteLike = fc.oneof(
  fc.string({ maxLength: 2000 }),
  fc.fullUnicodeString({ maxLength: 500 }),
  fc.array(fc.oneof(fc.constantFrom(...fixtures), fc.constantFrom('{', '}', '"', "'", '\\', '\\"', '\\u00', '\n', 'Error code: ', 'curl: (', '<title>', '(request id: ', 'Bearer ', 'x-api-key: ', '\u001b[31m', '\u0000'), fc.string({ maxLength: 40 })), { maxLength: 30 }).map((parts) => parts.join('')),
  fc.tuple(fc.constantFrom(...fixtures), fc.nat(), fc.nat()).map(([text, a, b]) => text.slice(Math.min(a, b) % (text.length + 1), Math.max(a, b) % (text.length + 1))),
);

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const token = (min: number, max: number, alphabet = ALNUM) => fc.stringOf(fc.constantFrom(...alphabet), { minLength: min, maxLength: max });
/** Credentials in every format redact() promises to remove. */
const secret = fc.oneof(
  token(80, 100, ALNUM + '-_').map((t) => `sk-ant-api03-${t}`),
  token(80, 160, ALNUM + '-_').map((t) => `sk-proj-${t}`),
  token(60, 64, '0123456789abcdef').map((t) => `sk-or-v1-${t}`),
  token(32, 48).map((t) => `sk-${t}`),
  token(35, 35, ALNUM + '-_').map((t) => `AIza${t}`),
);
const secretIn = fc.tuple(fc.constantFrom('', 'Authorization: Bearer ', 'x-api-key: ', '{"api_key": "', "{'x-api-key': '", 'OPENAI_API_KEY=', 'https://h.example/v1?key='), secret, fc.constantFrom('', '"', "'", ' ', '\n', '&x=1', '}'));

describe('classify, for any input', () => {
  it('never throws and always answers with a taxonomy kind and a coherent verdict', () => {
    fc.assert(
      fc.property(pasteLike, (text) => {
        const d = classify(text);
        expect(isKindId(d.kind)).toBe(true);
        expect(d.confidence).toBeGreaterThanOrEqual(0);
        expect(d.confidence).toBeLessThanOrEqual(1);
        // Not recognised is never told to retry: no verdict on blank input, else "don't retry blindly".
        if (d.kind === 'unknown') expect(d.retryable).not.toBe(true);
        else expect(typeof d.retryable).toBe('boolean');
        // An error status, or a 200: the paste's own words for an error inside a successful response (statuses.json's 200
        // wordings: LM Studio's "Returning 200 anyway", aiohttp's ContentTypeError on a 200), or the 200 of a response
        // whose stop reason says the model refused (Anthropic's `refusal`).
        const stated200 = d.statusFrom === 'text' && d.evidence.some((e) => e.type === 'status');
        if (d.status !== null) expect((d.status >= 400 && d.status <= 599) || (d.status === 200 && (stated200 || d.evidence.some((e) => e.note === 'finish reason')))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});

describe('redact, for any input', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(pasteLike, (text) => {
        expect(redact(redact(text))).toBe(redact(text));
      }),
      { numRuns: 400 },
    );
  });

  it('removes every generated credential wherever it stands in a paste', () => {
    fc.assert(
      fc.property(pasteLike, secretIn, pasteLike, (before, [prefix, key, after], tail) => {
        const out = redact(`${before} ${prefix}${key}${after} ${tail}`);
        const body = key.slice(-24);
        expect(out.includes(body)).toBe(false);
        expect(out).toContain(REDACTED);
      }),
      { numRuns: 400 },
    );
  });
});
