import { zodToJsonSchema } from 'zod-to-json-schema';
import { catalogFiles } from '../lib/catalog/files';
import { catalogSchema } from '../lib/catalog/schema';
import { validateCatalog } from '../lib/catalog/validate';

/** The machine-readable catalogue published at /catalog.json: exactly the validated entries and recipes. */
export function publishedCatalog() {
  return validateCatalog(catalogFiles);
}

/** JSON Schema of /catalog.json, derived from the same zod schema that validates the catalogue. */
export function publishedCatalogSchema() {
  return {
    // zod-to-json-schema's types name the hoisted zod 4, but it reads zod 3 schemas such as astro/zod's.
    ...zodToJsonSchema(catalogSchema as unknown as Parameters<typeof zodToJsonSchema>[0], { name: 'Catalog', $refStrategy: 'none' }),
    title: 'AI API error catalogue',
  };
}
