import type { ProviderId, SdkId, ToolId } from '../catalog/ids';
import type { Catalog } from '../catalog/schema';
import type { KindId } from '../taxonomy';
import { packWordModel, type PackedWordModel } from './words';

/**
 * What the classifier needs of one catalogue entry. A flag is present only when true (the data file leaves out the
 * false ones: about 1 KB of its gzip bytes), so it is read as truthy, never compared with `false`.
 */
export interface IndexedEntry {
  id: string;
  kind: KindId;
  statuses: readonly number[];
  providers: readonly ProviderId[];
  clients: readonly ToolId[];
  retryable?: true;
  /** A capped limit that lifts at a reset time (`retry.after: reset`): retryable when the paste says it resets within the minute. */
  untilReset?: true;
  signals: readonly string[];
  wrapper?: true;
  /** A provider's catch-all answer to a bad request (`catchAll`): a precise kind phrase beside it refines it. */
  catchAll?: true;
  /** A stream cut after the response began (`failure: stream`): whatever status it carries came before the cut. */
  midStream?: true;
  /** The caller heard no response (`unanswered`): a status in the paste is not the response's. */
  unanswered?: true;
  /** A kind's generic phrases rather than a catalogue entry: weaker, and it names no entry. */
  hint?: true;
}

export interface WeightedMarker {
  text: string;
  weight: number;
  /** Only its owner prints it; a program is named as the printer only on such a marker. */
  exclusive?: boolean;
}

/**
 * The part of the catalogue the classifier reads, as plain JSON: built from the validated catalogue in Node and
 * shipped to the browser in the diagnose data asset, so both classify with the same facts.
 */
export interface ClassifierData {
  entries: IndexedEntry[];
  kindRetryable: Record<KindId, boolean | null>;
  /** The status each kind nearly always comes with, where it has one (kinds.json `usualStatus`). */
  kindUsualStatus: Record<KindId, number | null>;
  providerMarkers: Record<ProviderId, WeightedMarker[]>;
  toolMarkers: Record<ToolId, WeightedMarker[]>;
  /** Programs without fix variants of their own (clients.json), and the runtime whose fixes apply to them. */
  clientMarkers: Record<string, WeightedMarker[]>;
  clientRuntime: Record<string, ToolId | null>;
  sdkMarkers: Record<SdkId, string[]>;
  /** The runtime each tool is built on; tools built on another runtime are preferred when both are recognised. */
  runtimeOf: Record<ToolId, ToolId>;
  statusKind: Record<string, KindId>;
  reasonPhrases: string[];
  impliedStatus: { status: number; phrases: string[] }[];
  curlExitKind: Record<string, KindId>;
  /** HTTP status of each gRPC status name and of each exception class named after a status. */
  grpcStatus: Record<string, number>;
  exceptionStatus: Record<string, number>;
  /** Word counts of the real pastes, for the last resort (words.ts). */
  wordModel: PackedWordModel;
}

type Flag = 'retryable' | 'untilReset' | 'wrapper' | 'catchAll' | 'midStream' | 'unanswered' | 'hint';
/** The flags that are true, each as `true`; the false ones left out. */
const flags = (values: Partial<Record<Flag, boolean>>): Partial<Record<Flag, true>> =>
  Object.fromEntries(Object.entries(values).filter(([, on]) => on).map(([flag]) => [flag, true]));

const entriesOf = (catalog: Catalog): IndexedEntry[] =>
  catalog.entries
    .filter((e) => !e.deprecated)
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      statuses: e.statuses,
      providers: e.providers,
      clients: e.clients,
      signals: e.signals,
      ...flags({ retryable: e.retry.retryable, untilReset: e.retry.after === 'reset', wrapper: e.wrapper === true, catchAll: e.catchAll === true, midStream: e.failure === 'stream', unanswered: e.unanswered === true }),
    }));

/** One pseudo-entry per kind holding its generic phrases. */
const kindHintsOf = (catalog: Catalog): IndexedEntry[] =>
  (Object.entries(catalog.kinds) as [KindId, Catalog['kinds'][KindId]][])
    .filter(([, kind]) => kind.hints.length > 0)
    .map(([id, kind]) => ({
      id: `kind:${id}`,
      kind: id,
      statuses: kind.statuses,
      providers: [],
      clients: [],
      signals: kind.hints.flatMap((group) => group.phrases),
      ...flags({ retryable: kind.retryable === true, hint: true }),
    }));

const mapValues = <K extends string, V, W>(record: Record<K, V>, fn: (value: V) => W) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v as V)])) as Record<K, W>;

export function classifierDataOf(catalog: Catalog): ClassifierData {
  const weighted = (markers: { text: string; weight: number; exclusive?: boolean | undefined }[]) =>
    markers.map(({ text, weight, exclusive }) => (exclusive ? { text, weight, exclusive } : { text, weight }));
  return {
    entries: [...entriesOf(catalog), ...kindHintsOf(catalog)],
    kindRetryable: mapValues(catalog.kinds, (k) => k.retryable),
    kindUsualStatus: mapValues(catalog.kinds, (k) => k.usualStatus ?? null),
    wordModel: packWordModel({ kinds: catalog.wordModel.kinds, pastes: catalog.wordModel.pastes, words: catalog.wordModel.words }),
    providerMarkers: mapValues(catalog.providers, (p) => weighted(p.markers)),
    toolMarkers: mapValues(catalog.tools, (t) => weighted(t.markers)),
    clientMarkers: mapValues(catalog.clients, (c) => weighted(c.markers)),
    clientRuntime: mapValues(catalog.clients, (c) => c.runtime),
    sdkMarkers: mapValues(catalog.sdks, (s) => s.markers.map((m) => m.text)),
    runtimeOf: mapValues(catalog.tools, (t) => t.runtime),
    statusKind: {
      ...Object.fromEntries(catalog.statuses.implied.flatMap(({ status, kind }) => (kind ? [[String(status), kind]] : []))),
      ...mapValues(catalog.statuses.statuses, (s) => s.kind),
    },
    reasonPhrases: Object.values(catalog.statuses.statuses).flatMap((s) => s.reason),
    impliedStatus: catalog.statuses.implied.map(({ status, phrases }) => ({ status, phrases })),
    curlExitKind: catalog.statuses.curlExits,
    grpcStatus: catalog.statuses.grpc.codes,
    exceptionStatus: Object.assign({}, ...catalog.statuses.exceptions.map((group) => group.classes)) as Record<string, number>,
  };
}
