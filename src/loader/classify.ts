import { buildSignalIndex, classifierDataOf, classifyWith, type Diagnosis, type SignalIndex } from '../lib/classify';
import { loadCatalog } from './load-catalog';

let index: SignalIndex | undefined;

/** The signal index of the project's catalogue, built once per process. */
export function catalogIndex(): SignalIndex {
  index ??= buildSignalIndex(classifierDataOf(loadCatalog()));
  return index;
}

/** Classifies a paste against the project's catalogue (Node: the CLI, tests, benchmarks). */
export function classify(text: unknown): Diagnosis {
  return classifyWith(catalogIndex(), text);
}
