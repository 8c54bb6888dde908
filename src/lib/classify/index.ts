export { classify, defaultIndex, type ClassifyOptions } from './classify';
export { classifyWith } from './engine';
export { buildSignalIndex, indexEntries, indexKindHints, type IndexedEntry, type SignalIndex } from './signal-index';
export type { Alternative, Diagnosis, Evidence, EvidenceType } from './types';
