import type { AstroIntegration } from 'astro';
import { catalogFiles } from '../lib/catalog/files';
import { validateCatalog } from '../lib/catalog/validate';

/** Validates the catalogue when the build starts (failing with file, id and field) and publishes it. */
export function catalogIntegration(): AstroIntegration {
  return {
    name: 'ai-api-errors:catalog',
    hooks: {
      'astro:config:setup': ({ injectRoute, logger }) => {
        const catalog = validateCatalog(catalogFiles);
        logger.info(`catalogue valid: ${catalog.entries.length} entries, ${catalog.recipes.length} recipes`);
        injectRoute({ pattern: '/catalog.json', entrypoint: new URL('./routes/catalog-json.ts', import.meta.url) });
        injectRoute({ pattern: '/catalog.schema.json', entrypoint: new URL('./routes/catalog-schema-json.ts', import.meta.url) });
      },
    },
  };
}
