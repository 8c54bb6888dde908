import type { Entry } from './catalog/schema';

/**
 * The one reading of an entry's `retry` field that every verdict is worded from (status pages, tables, the
 * diagnose card, the CLI, llms-full.txt, the library's retry decision), so none of them can contradict the advice:
 * - `reset`: a cap (daily, monthly) or a session window that lifts within hours, not before it resets;
 * - `change`: retrying the same request fails the same way (a long generation cut by a gateway): change it first;
 * - `fix`: fix the cause first; `wait`: retry after the entry's usual wait; `retry`: retry with backoff.
 */
export type EntryVerdict = 'reset' | 'change' | 'fix' | 'wait' | 'retry';

export function entryVerdictOf(retry: Pick<Entry['retry'], 'retryable' | 'after' | 'waitSeconds'>): EntryVerdict {
  if (retry.after === 'reset') return 'reset';
  if (retry.after === 'change') return 'change';
  if (!retry.retryable) return 'fix';
  return retry.waitSeconds ? 'wait' : 'retry';
}

/**
 * The colour an entry's verdict is shown in: a retry's when the verdict is to retry (now, or after a wait), a fix's
 * otherwise. A limit that lifts at its reset is retryable then, but its verdict is "not before the reset".
 */
export function verdictClass(retry: Pick<Entry['retry'], 'retryable' | 'after' | 'waitSeconds'>): 'verdict-retry' | 'verdict-fix' {
  return retry.retryable && retry.after !== 'reset' ? 'verdict-retry' : 'verdict-fix';
}
