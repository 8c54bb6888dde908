import { catalogFiles } from '../lib/catalog/files';
import { catalogSchema } from '../lib/catalog/schema';
import { validateCatalog } from '../lib/catalog/validate';
import { toJsonSchema } from './json-schema';

/** The machine-readable catalogue published at /catalog.json: exactly the validated entries and recipes. */
export function publishedCatalog() {
  return validateCatalog(catalogFiles);
}

/** JSON Schema of /catalog.json, derived from the same zod schema that validates the catalogue. */
export function publishedCatalogSchema() {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'AI API error catalogue',
    ...toJsonSchema(catalogSchema),
  };
}
