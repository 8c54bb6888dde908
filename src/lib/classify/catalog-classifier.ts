import type { Catalog } from '../catalog/schema';
import { classifierDataOf } from './data';
import { classifyWith } from './engine';
import { buildSignalIndex, type SignalIndex } from './signal-index';
import type { Diagnosis } from './types';

const indexes = new WeakMap<Catalog, SignalIndex>();

/** The signal index of a validated catalogue, built once per catalogue object. */
export function indexOf(catalog: Catalog): SignalIndex {
  let index = indexes.get(catalog);
  if (!index) indexes.set(catalog, (index = buildSignalIndex(classifierDataOf(catalog))));
  return index;
}

/** Classifies a paste against a validated catalogue. */
export function classifyAgainst(catalog: Catalog, text: unknown): Diagnosis {
  return classifyWith(indexOf(catalog), text);
}
