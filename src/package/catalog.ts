import { fileURLToPath } from 'node:url';
import type { Catalog } from '../lib/catalog/schema';
import { loadCatalog } from '../loader/load-catalog';

/**
 * The catalogue the package answers from. In a clone (tests, tsx) it is read and validated from `content/catalog/`;
 * the packed build (src/cli/build-package.ts) puts catalog-packed.ts in this module's place, which reads the
 * `catalog.json` written next to the bundle.
 */
export function packageCatalog(): Catalog {
  return loadCatalog(fileURLToPath(new URL('../..', import.meta.url)));
}
