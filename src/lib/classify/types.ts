import type { KindId } from '../taxonomy.js';

export type EvidenceType =
  | 'status'
  | 'signal'
  | 'exception'
  | 'exit-code'
  | 'header'
  | 'request-id'
  | 'provider'
  | 'client'
  | 'sdk'
  | 'fuzzy'
  | 'hint'
  | 'fallback'
  /** The words that made the word model's guess (words.ts), its probability as the note. */
  | 'words';

/** One part of the paste that led to the verdict. `text` is the fragment as it appears in the paste. */
export interface Evidence {
  type: EvidenceType;
  text: string;
  note?: string;
}

export interface Alternative {
  entry: string;
  kind: KindId;
  confidence: number;
}

export interface Diagnosis {
  /** The status the failing response had, or null for a failure without an HTTP response or when nothing says. */
  status: number | null;
  /**
   * Where the status comes from: the paste itself (a number, a reason phrase, a gRPC name, an exception class, a refusal
   * given as the finish reason: 200) or what the verdict implies: `entry`, the matched entry, which comes with only that
   * status, or an `invalid_request_error` envelope on a request, context or content-policy error (400); `kind`, the
   * status a verdict of its kind nearly always has (a rate limit's 429), when no entry matched.
   */
  statusFrom: 'text' | 'entry' | 'kind' | null;
  kind: KindId;
  retryable: boolean | null;
  entry: string | null;
  provider: string | null;
  /** The program that printed the paste, named only on a marker it alone prints (a tool or a client); else null. */
  client: string | null;
  /** Failing a program, the runtime whose traceback or stack the paste is (`python`, `node`, `curl`): its fixes apply. */
  runtime: string | null;
  /** The SDK the paste comes from, when a marker names it (`google-genai`, `ai-sdk`). */
  sdk: string | null;
  requestId: string | null;
  retryAfterSeconds: number | null;
  /** When a capped limit resets, as the paste says it; null when it does not. */
  resetAt: string | null;
  confidence: number;
  evidence: Evidence[];
  alternatives: Alternative[];
  /** A log with several different errors: each of them, in order; the last one decided. Empty otherwise. */
  errors: { entry: string; kind: KindId; retryable: boolean }[];
}

/** The note on the evidence of a URL the client could not use: no request went out, so no status (extractMalformedUrl). */
export const MALFORMED_URL = 'malformed URL';

/** The note on the evidence of a quota of zero: a cap that no wait lifts (see extractZeroQuota). */
export const ZERO_QUOTA = 'zero quota';

/** Whether the diagnosis found a quota of zero: the plan, billing or model must change, no reset will help. */
export function hasZeroQuota(d: Pick<Diagnosis, 'evidence'>): boolean {
  return d.evidence.some((e) => e.note === ZERO_QUOTA);
}

/**
 * The notes on evidence that a failure which usually passes (a reset, a timeout, a server error) will repeat until a
 * setting changes: the engine's settingAtFault, from the finders in extract-meta.ts.
 */
export const SETTING_NOTE = {
  local: 'local address',
  selfHosted: 'self-hosted model server',
  refused: 'refused',
  unreachable: 'unreachable',
  cors: 'cors',
  changeAdvised: 'change advised',
  shortTimeout: 'short client timeout',
  neverConnected: 'never connected',
  connectionRecurs: 'connection failure recurs',
  timeoutRecurs: 'timeout recurs',
  serverBug: 'server bug',
} as const;
export type SettingNote = (typeof SETTING_NOTE)[keyof typeof SETTING_NOTE];
const SETTING_NOTES: readonly string[] = Object.values(SETTING_NOTE);

/** The evidence that a setting is at fault, if the diagnosis has one. */
export function settingEvidence(d: Pick<Diagnosis, 'evidence'>): (Evidence & { note: SettingNote }) | undefined {
  return d.evidence.find((e): e is Evidence & { note: SettingNote } => e.note !== undefined && SETTING_NOTES.includes(e.note));
}

/**
 * Whether a kind guessed from the words is ground for a retry: only an overload's, whose words ("busy", "high demand",
 * 稍后再试) are the printer's own word that a wait is the fix. Of the pastes the word model reads as overloaded whose
 * thread tells, a later try passed for 3 in 4 training pastes (and, checked after, 8 in 9 held out).
 */
export function guessRetryable(kind: KindId): boolean {
  return kind === 'overloaded';
}

/** Whether the kind is only the word model's guess (words.ts): no entry, phrase or status placed the paste. */
export function guessedFromWords(d: Pick<Diagnosis, 'evidence'>): boolean {
  return d.evidence.some((e) => e.type === 'words');
}
