export { classify, type ClassifyOptions } from './classify';
export { buildSignalIndex, indexEntries, type IndexedEntry, type SignalIndex } from './signal-index';
export type { Alternative, Diagnosis, Evidence, EvidenceType } from './types';
