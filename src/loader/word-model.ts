import { pasteKinds, type Catalog } from '../lib/catalog';
import { buildWordModel, type WordModel } from '../lib/classify/words';
import { KIND_IDS } from '../lib/taxonomy';
import { readTraining } from './read-training';

/**
 * The word model the catalogue's pastes and the training pastes add up to. A paste adopted by the catalogue from a
 * training half is counted once.
 */
export function wordModelOf(catalog: Catalog, root = process.cwd()): WordModel {
  const pastes = new Map(readTraining(root).map((p) => [p.id, p]));
  for (const p of pasteKinds(catalog)) pastes.set(p.id, p);
  const ordered = [...pastes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return buildWordModel(ordered, KIND_IDS);
}
