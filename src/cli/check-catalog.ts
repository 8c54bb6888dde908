import { CatalogError, readCatalog } from '../loader/load-catalog';

/** `npx tsx src/cli/check-catalog.ts`: validates the catalogue and prints every problem with its file, item and field. */
try {
  const catalog = readCatalog();
  const pastes = catalog.entries.reduce((n, e) => n + e.pastes.length, 0);
  console.log(`catalogue ok: ${catalog.entries.length} entries, ${catalog.recipes.length} recipes, ${pastes} pastes (${catalog.unattributed.length} unattributed)`);
} catch (error) {
  console.error(error instanceof CatalogError ? error.message : String(error));
  process.exit(1);
}
