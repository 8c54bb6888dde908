import type { Lang } from './i18n';
import type { Diagnosis } from './classify/types';
import { t } from './ui-text';

export type RetryTone = 'retry' | 'wait' | 'fix' | 'unknown';

export interface RetryVerdict {
  tone: RetryTone;
  message: string;
  /** Whether the SDK or tool that printed the error already retried before showing it, in words; '' if not known. */
  alreadyRetried: string;
}

const fill = (template: string, n: number | string) => template.replace('{n}', String(n));

function alreadyRetried(d: Diagnosis, sdkRetries: boolean, lang: Lang): string {
  if (!d.retryable || !sdkRetries) return '';
  if (d.client === 'python' || d.client === 'node') return t('sdkAlreadyRetried', lang);
  if (d.client === 'claude-code') return t('claudeCodeAlreadyRetried', lang);
  return '';
}

/** The retry verdict in plain words: retry now, wait N s (the server's Retry-After first), or fix it first. */
export function retryVerdict(d: Diagnosis, entry: { sdkRetries: boolean; waitSeconds: number | null } | undefined, lang: Lang): RetryVerdict {
  const retried = alreadyRetried(d, entry?.sdkRetries ?? false, lang);
  if (d.retryable === null) return { tone: 'unknown', message: t('verdictUnknown', lang), alreadyRetried: '' };
  if (!d.retryable) return { tone: 'fix', message: t('verdictFix', lang), alreadyRetried: '' };
  if (d.retryAfterSeconds !== null) {
    const seconds = Math.max(0, Math.ceil(d.retryAfterSeconds));
    return { tone: 'wait', message: seconds === 0 ? t('verdictRetryNow', lang) : fill(t('verdictWaitServer', lang), seconds), alreadyRetried: retried };
  }
  if (entry?.waitSeconds) return { tone: 'wait', message: fill(t('verdictWaitAbout', lang), entry.waitSeconds), alreadyRetried: retried };
  return { tone: 'retry', message: t('verdictBackoff', lang), alreadyRetried: retried };
}
