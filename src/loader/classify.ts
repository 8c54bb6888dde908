import { classifyAgainst, indexOf } from '../lib/classify/catalog-classifier';
import type { Diagnosis, SignalIndex } from '../lib/classify';
import { loadCatalog } from './load-catalog';

/** The signal index of the project's catalogue, built once per process. */
export function catalogIndex(): SignalIndex {
  return indexOf(loadCatalog());
}

/** Classifies a paste against the project's catalogue (Node: the CLI, tests, benchmarks). */
export function classify(text: unknown): Diagnosis {
  return classifyAgainst(loadCatalog(), text);
}
