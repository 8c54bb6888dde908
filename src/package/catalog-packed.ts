import { readFileSync } from 'node:fs';
import type { Catalog } from '../lib/catalog/schema';

let catalog: Catalog | undefined;

/** The catalogue of the packed package: validated when it was packed, read once from the `catalog.json` beside this file. */
export function packageCatalog(): Catalog {
  catalog ??= JSON.parse(readFileSync(new URL('./catalog.json', import.meta.url), 'utf8')) as Catalog;
  return catalog;
}
