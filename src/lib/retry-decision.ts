import { guessedFromWords, hasZeroQuota, settingEvidence, type Diagnosis } from './classify/types.js';

/**
 * Whether a program should send a failed request again, and when: the decision `diagnoseError` returns. Pure; the
 * caller passes the response headers it has and the time, so the same inputs always give the same decision.
 */
export interface RetryDecision {
  should: boolean;
  /** How long to wait first, in milliseconds: the server's own word first, else the entry's usual wait; null when neither says (use your backoff). */
  afterMs: number | null;
  /** The decision in one English sentence, for a log line. */
  reason: string;
  /** The SDK that threw the error retries this failure itself before throwing it: openai-node and @anthropic-ai/sdk retry connection errors, 408, 409, 429 and 5xx (twice by default, none with `maxRetries: 0`); the AI SDK's RetryError. */
  sdkRetried: boolean;
}

/** What the decision reads of the catalogue entry the diagnosis names. */
export interface RetryFacts {
  waitSeconds: number | null;
  /** `reset`: a cap or a session window, not retried before it resets; `change`: the same request fails the same way (see entry-verdict.ts). */
  after: 'reset' | 'change' | null;
}

/** A wait this long on a rate limit is a cap (a daily quota), not a per-minute limit; the classifier says the same of pastes. */
const CAP_MS = 3600_000;

/**
 * The wait the response headers ask for, in milliseconds, in the order the openai and anthropic SDKs read them:
 * `retry-after-ms`, then `retry-after` as seconds, then `retry-after` as an HTTP date (a date in the past is 0).
 */
export function serverWaitMs(headers: Readonly<Record<string, string>>, now: number): { ms: number; header: string } | null {
  const ms = Number.parseFloat(headers['retry-after-ms'] ?? '');
  if (Number.isFinite(ms) && ms >= 0) return { ms: Math.ceil(ms), header: 'retry-after-ms' };
  const value = headers['retry-after']?.trim();
  if (!value) return null;
  if (/^\d+(?:\.\d+)?$/.test(value)) return { ms: Math.ceil(Number(value) * 1000), header: 'retry-after' };
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : { ms: Math.max(0, date - now), header: 'retry-after' };
}

const inWords = (ms: number) => (ms < 1000 ? `${ms} ms` : ms < 120_000 ? `${Math.round(ms / 1000)} s` : ms < 7200_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 3600_000)} h`);

export interface RetryInput {
  diagnosis: Diagnosis;
  entry: RetryFacts | undefined;
  /** Response headers, names in lower case. */
  headers: Readonly<Record<string, string>>;
  sdkRetried: boolean;
  now: number;
}

export function retryDecision({ diagnosis: d, entry, headers, sdkRetried, now }: RetryInput): RetryDecision {
  const what = d.entry ?? d.kind;
  const retried = sdkRetried ? ' The SDK that threw it retries this failure itself first (twice by default).' : '';
  const decide = (should: boolean, afterMs: number | null, reason: string): RetryDecision => ({ should, afterMs, reason: reason + retried, sdkRetried });
  const server = serverWaitMs(headers, now);
  const told = headers['x-should-retry'];
  if (told === 'false') return decide(false, null, `The server sent x-should-retry: false (${what}).`);

  // (An overload guessed from the words is the exception: the words say to wait, see guessRetryable.)
  if (told !== 'true' && guessedFromWords(d) && !d.retryable) return decide(false, null, `The kind (${d.kind}) is only guessed from the words of the error: retrying blindly is not advised.`);
  if (hasZeroQuota(d)) return decide(false, null, `A quota of zero (${what}): no wait lifts it; the plan, billing or model must change first.`);
  const capped = d.kind === 'rate_limit' && server !== null && server.ms >= CAP_MS;
  // A rate limit that may not be retried is a cap by definition: the kind itself retries.
  const cap = entry?.after === 'reset' || d.resetAt !== null || capped || (d.kind === 'rate_limit' && d.retryable === false);
  // A window that lifts within hours (a session limit) is retryable only at its reset: not in a loop either.
  const untilReset = entry?.after === 'reset' && d.retryAfterSeconds === null;
  if (cap && (d.retryable !== true || untilReset) && (d.kind === 'rate_limit' || d.kind === 'billing')) {
    const when = d.resetAt ?? (server ? `in ${inWords(server.ms)}` : null);
    return decide(false, server?.ms ?? null, `A capped limit (${what}): the same request fails until it resets${when ? ` (${when})` : ''}.`);
  }
  if (capped) return decide(false, server!.ms, `A rate limit that asks for ${inWords(server!.ms)} (${server!.header}) is a cap: retry after it resets, not in a loop (${what}).`);
  if (told !== 'true' && entry?.after === 'change') {
    return decide(false, null, `Retrying the same request usually fails the same way (${what}): stream it or shorten it first.`);
  }
  // A dropped connection thrown to the caller's own loop is the caller's to retry: the loop above runs its client with
  // `maxRetries: 0`. (A pasted "Connection error." came after the SDK's own retries, so the paste's verdict is to fix the
  // path first; a refused or local address, or a setting the error names, stops the loop too.)
  const handedOver = d.kind === 'connection' && sdkRetried && !settingEvidence(d);
  if (told !== 'true') {
    if (d.retryable === null || d.kind === 'unknown') return decide(false, null, 'The error was not recognised: retrying blindly is not advised.');
    if (!d.retryable && !handedOver) {
      const setting = settingEvidence(d);
      return decide(false, null, `Retrying the same request cannot succeed (${what}${setting ? `; ${setting.note}: ${setting.text}` : ''}): fix the cause first.`);
    }
  }
  if (server) return decide(true, server.ms, `Retry after ${inWords(server.ms)}, as the server asked (${server.header}) (${what}).`);
  if (d.retryAfterSeconds !== null) {
    const ms = Math.ceil(Math.max(0, d.retryAfterSeconds) * 1000);
    return decide(true, ms, `Retry after ${inWords(ms)}, as the error message asked (${what}).`);
  }
  if (entry?.waitSeconds) return decide(true, entry.waitSeconds * 1000, `Retry after about ${inWords(entry.waitSeconds * 1000)}, with backoff and jitter if it fails again (${what}).`);
  return decide(true, null, `Transient: retry with exponential backoff and jitter (${what}).`);
}
