import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../../src/lib/classify';
import { ZERO_QUOTA } from '../../../src/lib/classify/types';
import { retryDecision, serverWaitMs } from '../../../src/lib/retry-decision';

const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);

function diagnosis(over: Partial<Diagnosis>): Diagnosis {
  return {
    status: 429, statusFrom: 'text', kind: 'rate_limit', retryable: true, entry: 'some-entry', provider: null, client: null, runtime: null, sdk: null,
    requestId: null, retryAfterSeconds: null, resetAt: null, confidence: 0.9, evidence: [], alternatives: [], errors: [], ...over,
  };
}
const decide = (d: Partial<Diagnosis>, headers: Record<string, string> = {}, entry = { waitSeconds: null as number | null, after: null as 'reset' | 'change' | null }) =>
  retryDecision({ diagnosis: diagnosis(d), entry, headers, sdkRetried: false, now: NOW });

describe('serverWaitMs: the order the openai and anthropic SDKs read the headers in', () => {
  it('retry-after-ms first, then retry-after seconds, then retry-after as an HTTP date', () => {
    expect(serverWaitMs({ 'retry-after-ms': '250.5', 'retry-after': '9' }, NOW)).toEqual({ ms: 251, header: 'retry-after-ms' });
    expect(serverWaitMs({ 'retry-after': '9' }, NOW)).toEqual({ ms: 9000, header: 'retry-after' });
    expect(serverWaitMs({ 'retry-after': 'Wed, 02 Dec 2026 12:01:00 GMT' }, NOW)).toEqual({ ms: 60_000, header: 'retry-after' });
  });
  it('a date in the past is no wait; nonsense is no header', () => {
    expect(serverWaitMs({ 'retry-after': 'Wed, 02 Dec 2026 11:00:00 GMT' }, NOW)?.ms).toBe(0);
    expect(serverWaitMs({ 'retry-after': 'soon' }, NOW)).toBeNull();
    expect(serverWaitMs({ 'retry-after-ms': '-5' }, NOW)).toBeNull();
  });
});

describe('retryDecision', () => {
  it('a kind guessed from the words is no ground to retry, except an overload, whose words say to wait', () => {
    const words = [{ type: 'words' as const, text: 'busy · later', note: '90 %' }];
    expect(decide({ kind: 'auth', status: null, retryable: false, entry: null, evidence: words })).toMatchObject({ should: false });
    expect(decide({ kind: 'overloaded', status: null, retryable: true, entry: null, evidence: words })).toMatchObject({ should: true, afterMs: null });
  });
  it('the server wait outranks the message and the entry', () => {
    expect(decide({ retryAfterSeconds: 3 }, { 'retry-after': '7' }, { waitSeconds: 60, after: null })).toMatchObject({ should: true, afterMs: 7000 });
    expect(decide({ retryAfterSeconds: 3 }, {}, { waitSeconds: 60, after: null })).toMatchObject({ should: true, afterMs: 3000 });
    expect(decide({}, {}, { waitSeconds: 60, after: null })).toMatchObject({ should: true, afterMs: 60_000 });
    expect(decide({})).toMatchObject({ should: true, afterMs: null });
  });
  it('a failure that a setting makes repeat names the setting in its reason', () => {
    const local = decide({ kind: 'server_error', status: 500, retryable: false, entry: null, evidence: [{ type: 'signal', text: 'localhost:11434', note: 'local address' }] });
    expect(local.should).toBe(false);
    expect(local.reason).toContain('local address: localhost:11434');
    expect(decide({ kind: 'invalid_request', status: 400, retryable: false }).reason).not.toContain(';');
  });
  it('x-should-retry decides over the kind, as in the SDKs', () => {
    expect(decide({}, { 'x-should-retry': 'false' }).should).toBe(false);
    expect(decide({ kind: 'invalid_request', retryable: false, status: 400 }, { 'x-should-retry': 'true' }).should).toBe(true);
  });
  it('a quota of zero is no wait at all: the plan, billing or model changes first', () => {
    const zero = decide({ retryable: false, evidence: [{ type: 'signal', text: 'limit: 0', note: ZERO_QUOTA }] }, { 'retry-after': '20' });
    expect(zero.should).toBe(false);
    expect(zero.reason).toMatch(/quota of zero/);
  });
  it('a cap does not retry: a daily entry, a reset in the paste, or an hour-long retry-after on a rate limit', () => {
    expect(decide({ retryable: false }, {}, { waitSeconds: null, after: 'reset' })).toMatchObject({ should: false });
    expect(decide({ retryable: false, resetAt: '2026-12-03 00:00 UTC' }).reason).toContain('2026-12-03 00:00 UTC');
    expect(decide({}, { 'retry-after': '86400' })).toMatchObject({ should: false, afterMs: 86_400_000 });
    expect(decide({ kind: 'overloaded', status: 503 }, { 'retry-after': '7200' })).toMatchObject({ should: true, afterMs: 7_200_000 });
  });
  it('a session window, retryable at its reset, is not retried in a loop before it either', () => {
    const window = decide({ retryable: true, resetAt: '4pm' }, {}, { waitSeconds: null, after: 'reset' });
    expect(window).toMatchObject({ should: false });
    expect(window.reason).toContain('4pm');
    // One whose reset is seconds away is that short wait.
    expect(decide({ retryable: true, retryAfterSeconds: 5, resetAt: '5s' }, {}, { waitSeconds: null, after: 'reset' })).toMatchObject({ should: true, afterMs: 5000 });
  });
  it('fix-first and unrecognised errors are not retried', () => {
    expect(decide({ kind: 'auth', retryable: false, status: 401 }).should).toBe(false);
    expect(decide({ kind: 'unknown', retryable: null, entry: null }).should).toBe(false);
  });
});

describe('an entry whose same request fails the same way (retry.after: change)', () => {
  it('is not retried as it is, whatever the kind says', () => {
    const d = decide({ kind: 'gateway_timeout', status: 524 }, {}, { waitSeconds: null, after: 'change' });
    expect(d).toMatchObject({ should: false, afterMs: null });
    expect(d.reason).toMatch(/stream it or shorten it/);
  });
});
