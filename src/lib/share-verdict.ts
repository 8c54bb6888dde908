/**
 * A share link that carries the verdict only: the entry, kind, status and request id, in the URL fragment
 * (`#v=<entry>&k=<kind>&s=<status>&r=<request id>`, and `g=1` when the kind was only guessed from the words).
 * Nothing of the paste travels. The receiving page accepts only what it can check: an entry or kind the catalogue has,
 * a status in range, a request id in a provider's shape.
 */
import type { Diagnosis } from './classify/types';
import type { KindId } from './taxonomy';

/*
 * The island fetches this module only when a verdict link is opened or made, so it imports nothing the island's own
 * chunk holds (that would make the chunk re-export it to this one): the caller passes in what it knows of the
 * classifier (whether the kind was a guess, which request ids look real, what a guessed kind's retry answer is).
 */

export const VERDICT_PARAM = 'v';

export interface SharedVerdict {
  entry: string | null;
  kind: KindId;
  status: number | null;
  requestId: string | null;
  /** The kind was only the word model's guess: the receiving page says so, and gives no ground to retry. */
  guessed: boolean;
}

/** The fragment (without `#`) that carries a diagnosis's verdict; `guessed` when its kind is the word model's guess. */
export function encodeVerdict(d: Pick<Diagnosis, 'entry' | 'kind' | 'status' | 'statusFrom' | 'requestId'>, guessed: boolean): string {
  const params = new URLSearchParams({ [VERDICT_PARAM]: d.entry ?? '', k: d.kind });
  if (guessed) params.set('g', '1');
  // A kind's usual status is not the paste's: the receiving page would show it as the response's own.
  if (d.status !== null && d.statusFrom !== 'kind') params.set('s', String(d.status));
  if (d.requestId) params.set('r', d.requestId);
  return params.toString();
}

/** Whether a fragment carries a verdict (rather than a paste). */
export const isVerdictFragment = (fragment: string): boolean => new URLSearchParams(fragment.replace(/^#/, '')).has(VERDICT_PARAM);

/**
 * The verdict a fragment carries, checked against the catalogue: null when it names an entry or kind that does not
 * exist. A status out of range or a request id in no provider's shape is dropped, never shown.
 */
export function decodeVerdict(
  fragment: string,
  known: { entries: Record<string, { kind: KindId }>; kinds: readonly string[]; isRequestId: (id: string) => boolean },
): SharedVerdict | null {
  if (fragment.length > 512) return null;
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const entryId = params.get(VERDICT_PARAM) || null;
  if (entryId !== null && !Object.hasOwn(known.entries, entryId)) return null;
  const kind = entryId ? known.entries[entryId]!.kind : params.get('k');
  if (!kind || !known.kinds.includes(kind)) return null;
  const status = Number(params.get('s'));
  const requestId = params.get('r');
  return {
    entry: entryId,
    kind: kind as KindId,
    status: Number.isInteger(status) && status >= 100 && status <= 599 ? status : null,
    requestId: requestId && known.isRequestId(requestId) ? requestId : null,
    guessed: entryId === null && params.get('g') === '1',
  };
}

/**
 * A diagnosis to show for a shared verdict: what the link says, nothing inferred from a paste. `retryable` is the
 * entry's or kind's answer, `guessRetryable` the answer for a kind only guessed from the words.
 */
export function diagnosisOfVerdict(
  v: SharedVerdict,
  facts: { retryable: boolean | null; provider: string | null; guessRetryable: (kind: KindId) => boolean },
): Diagnosis {
  return {
    status: v.status,
    statusFrom: v.status === null ? null : 'text',
    kind: v.kind,
    retryable: v.guessed ? facts.guessRetryable(v.kind) : facts.retryable,
    entry: v.entry,
    provider: facts.provider,
    client: null,
    runtime: null,
    sdk: null,
    requestId: v.requestId,
    retryAfterSeconds: null,
    resetAt: null,
    confidence: v.entry ? 1 : v.guessed ? 0.3 : 0.6,
    evidence: v.guessed ? [{ type: 'words', text: '' }] : [],
    alternatives: [],
    errors: [],
  };
}
