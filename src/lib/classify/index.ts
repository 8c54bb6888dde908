/** The classifier: pure, the same in the browser, Node and tests. Build an index from ClassifierData, then classify. */
export { classifierDataOf, type ClassifierData, type IndexedEntry } from './data';
export { classifyWith } from './engine';
export { buildSignalIndex, type SignalIndex } from './signal-index';
export type { Alternative, Diagnosis, Evidence, EvidenceType } from './types';
