import type { KindId } from '../taxonomy';

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
  | 'fallback';

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
  status: number | null;
  kind: KindId;
  retryable: boolean | null;
  entry: string | null;
  provider: string | null;
  client: string | null;
  /** The SDK the paste comes from, when a marker names it (`google-genai`, `ai-sdk`). */
  sdk: string | null;
  requestId: string | null;
  retryAfterSeconds: number | null;
  confidence: number;
  evidence: Evidence[];
  alternatives: Alternative[];
}
