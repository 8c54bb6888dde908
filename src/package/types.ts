/**
 * The package's public types. Imports carry `.js` so the declaration files the build emits resolve in a
 * consumer's TypeScript under any module resolution.
 */
import type { Diagnosis } from '../lib/classify/types.js';
import type { Lang } from '../lib/catalog/ids.js';
import type { RetryDecision } from '../lib/retry-decision.js';

export type { Alternative, Diagnosis, Evidence, EvidenceType } from '../lib/classify/types.js';
export type { KindId } from '../lib/taxonomy.js';
export type { Lang } from '../lib/catalog/ids.js';
export type { RetryDecision } from '../lib/retry-decision.js';

export interface DiagnoseOptions {
  /** Language of `title` and `cause` (default `en`). */
  lang?: Lang;
  /** The site links point to (default the published site). */
  site?: string;
  /** The time an HTTP-date `retry-after` is measured from, in ms since the epoch (default now). */
  now?: number;
}

/** What `diagnoseError` returns: the classifier's diagnosis, in words, with a retry decision and a link. */
export interface ErrorDiagnosis extends Diagnosis {
  /** The entry's title, else what the kind means, else "Not recognised". */
  title: string;
  /** Why it happened (the entry's cause or the kind's meaning); null when not recognised. */
  cause: string | null;
  /** The entry on the site, else the kind's page; null when not recognised. */
  url: string | null;
  retry: RetryDecision;
}

/** An entry as `lookupError` and `listEntries` describe it. */
export interface EntrySummary {
  id: string;
  title: string;
  kind: string;
  statuses: number[];
  providers: string[];
  retryable: boolean;
  url: string;
}

export interface LookupResult {
  /** How the query was read: an entry id, an HTTP status, or an error message that was classified or searched. */
  by: 'id' | 'status' | 'message' | 'none';
  entries: EntrySummary[];
}

export interface RedactReport {
  text: string;
  /** How many values of each type were removed (`api_key`, `token`, `email`…); types with none are absent. */
  removed: Record<string, number>;
}
