import { validateCatalog, CatalogError } from '../lib/catalog/validate';
import { readCatalogFiles } from './read-catalog-files';

try {
  const catalog = validateCatalog(readCatalogFiles());
  console.log(`catalogue ok: ${catalog.entries.length} entries, ${catalog.recipes.length} recipes`);
} catch (error) {
  console.error(error instanceof CatalogError ? error.message : String(error));
  process.exit(1);
}
