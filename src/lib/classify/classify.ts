import { catalog } from '../catalog';
import { classifyWith } from './engine';
import { buildSignalIndex, indexEntries, indexKindHints, type SignalIndex } from './signal-index';
import type { Diagnosis } from './types';

export interface ClassifyOptions {
  /** A prebuilt index (the browser builds one from the page's data); defaults to the whole catalogue. */
  index?: SignalIndex;
}

let catalogIndex: SignalIndex | undefined;

/** The index of the whole catalogue plus the kinds' generic phrases, built once. */
export function defaultIndex(): SignalIndex {
  catalogIndex ??= buildSignalIndex([...indexEntries(catalog.entries), ...indexKindHints()]);
  return catalogIndex;
}

/**
 * Reads any pasted error text and says what went wrong, whether to retry, and which catalogue entry explains
 * it. Pure: no I/O, same result in the browser, Node and tests. Never throws.
 */
export function classify(text: unknown, options: ClassifyOptions = {}): Diagnosis {
  return classifyWith(options.index ?? defaultIndex(), text);
}
