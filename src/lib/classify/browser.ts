/** What the browser needs to classify: the engine and the index builder, without the catalogue itself. */
export { classifyWith } from './engine';
export { buildSignalIndex, indexKindHints, type IndexedEntry, type SignalIndex } from './signal-index';
export type { Alternative, Diagnosis, Evidence, EvidenceType } from './types';
