import type { ToolId } from './catalog/ids';
import type { Tool } from './catalog/schema';
import { guessedFromWords, hasZeroQuota, SETTING_NOTE, settingEvidence, type Diagnosis, type SettingNote } from './classify/types';
import { fill, localize, type Lang, type UiKey, type UiStrings } from './i18n';

export type RetryTone = 'retry' | 'wait' | 'reset' | 'change' | 'fix' | 'unknown';

export interface RetryVerdict {
  tone: RetryTone;
  message: string;
  /** Whether the SDK or tool that printed the error already retried before showing it, in words; '' if not known. */
  alreadyRetried: string;
}

export interface VerdictContext {
  ui: UiStrings;
  lang: Lang;
  tools: Record<ToolId, Pick<Tool, 'retries'>>;
}

function alreadyRetried(d: Diagnosis, sdkRetries: boolean, { tools, lang }: VerdictContext): string {
  // The printer's or, failing one, the runtime's own retries (openai-python's two); a client of clients.json has none.
  const retries = d.retryable && sdkRetries ? tools[(d.client ?? d.runtime) as ToolId]?.retries : undefined;
  return retries ? localize(retries.alreadyRetried, lang) : '';
}

/** The verdict of a failure that the paste shows will repeat until a setting changes, by what is at fault. */
const SETTING_VERDICTS: Readonly<Record<SettingNote, UiKey>> = {
  [SETTING_NOTE.local]: 'verdictLocal',
  [SETTING_NOTE.selfHosted]: 'verdictSelfHosted',
  [SETTING_NOTE.refused]: 'verdictRefused',
  [SETTING_NOTE.unreachable]: 'verdictUnreachable',
  [SETTING_NOTE.cors]: 'verdictCors',
  [SETTING_NOTE.changeAdvised]: 'verdictChangeAdvised',
  [SETTING_NOTE.shortTimeout]: 'verdictShortTimeout',
  [SETTING_NOTE.neverConnected]: 'verdictNeverConnected',
  [SETTING_NOTE.connectionRecurs]: 'verdictConnectionRecurs',
  [SETTING_NOTE.timeoutRecurs]: 'verdictTimeoutRecurs',
  [SETTING_NOTE.serverBug]: 'verdictServerBug',
};

/** Which setting to change, with the paste's own words (a private address is not quoted: the redactor masks it). */
function settingMessage(d: Diagnosis, ui: UiStrings): string | undefined {
  const setting = settingEvidence(d);
  return setting ? fill(ui[SETTING_VERDICTS[setting.note]], setting.text) : undefined;
}

/** The retry verdict in plain words: retry now, wait N s (the server's Retry-After first), or fix it first. */
export interface VerdictEntry {
  sdkRetries: boolean;
  waitSeconds: number | null;
  /** `reset`: a cap or a session window: not retried before the reset the paste names. `change`: change the request first. */
  after?: 'reset' | 'change' | null | undefined;
}

export function retryVerdict(d: Diagnosis, entry: VerdictEntry | undefined, context: VerdictContext): RetryVerdict {
  const { ui } = context;
  const retried = alreadyRetried(d, entry?.sdkRetries ?? false, context);
  // A kind guessed from the words is no ground for a retry, nor for a cap: as for an error not recognised (unless the
  // words themselves say to wait: see guessRetryable).
  if (guessedFromWords(d) && !d.retryable) return { tone: 'unknown', message: ui.verdictUnknown, alreadyRetried: '' };
  // A rate limit that may not be retried is a cap by definition: the kind itself retries.
  // A quota of zero never resets into an allowance: it is a plan or model to change, not a wait.
  const cap = !hasZeroQuota(d) && (entry?.after === 'reset' || d.resetAt !== null || d.kind === 'rate_limit');
  // A window that lifts within hours (a session limit) is retryable, at its reset: the verdict says when, not to back off.
  const untilReset = entry?.after === 'reset' && d.retryAfterSeconds === null;
  if (cap && (d.retryable === false || untilReset) && (d.kind === 'rate_limit' || d.kind === 'billing')) {
    // A capped limit: short waits cannot succeed, whatever a generic wait would say. (A reset due within the minute
    // makes the diagnosis retryable with that wait, and the verdict below says so.)
    return { tone: 'reset', message: d.resetAt ? fill(ui.verdictResetAt, d.resetAt) : ui.verdictReset, alreadyRetried: '' };
  }
  // Not recognised: no cause to fix is known, so the verdict says so rather than "fix the cause first".
  if (d.retryable === null || d.kind === 'unknown') return { tone: 'unknown', message: ui.verdictUnknown, alreadyRetried: '' };
  // The same long request times out the same way: retrying it as it is, with any backoff, does not help.
  if (entry?.after === 'change') return { tone: 'change', message: ui.verdictChange, alreadyRetried: '' };
  if (!d.retryable) return { tone: 'fix', message: hasZeroQuota(d) ? ui.verdictZeroQuota : (settingMessage(d, ui) ?? ui.verdictFix), alreadyRetried: '' };
  if (d.retryAfterSeconds !== null) {
    const seconds = Math.max(0, Math.ceil(d.retryAfterSeconds));
    return { tone: 'wait', message: seconds === 0 ? ui.verdictRetryNow : fill(ui.verdictWaitServer, seconds), alreadyRetried: retried };
  }
  if (entry?.waitSeconds) return { tone: 'wait', message: fill(ui.verdictWaitAbout, entry.waitSeconds), alreadyRetried: retried };
  return { tone: 'retry', message: ui.verdictBackoff, alreadyRetried: retried };
}
