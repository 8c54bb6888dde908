import type { AstroIntegration } from 'astro';
import { CatalogError, loadCatalog } from '../loader/load-catalog';

const route = (path: string) => new URL(`../routes/${path}`, import.meta.url);

/** Validates the catalogue when the build starts (failing with file, item and field) and adds its routes. */
export function catalogIntegration(): AstroIntegration {
  return {
    name: 'ai-api-errors:catalog',
    hooks: {
      'astro:config:setup': ({ injectRoute, logger }) => {
        try {
          const catalog = loadCatalog();
          logger.info(`catalogue valid: ${catalog.entries.length} entries, ${catalog.recipes.length} recipes, ${catalog.entries.reduce((n, e) => n + e.pastes.length, 0)} pastes`);
        } catch (error) {
          if (error instanceof CatalogError) logger.error(error.message);
          throw error;
        }
        injectRoute({ pattern: '/catalog.json', entrypoint: route('catalog-json.ts') });
        injectRoute({ pattern: '/catalog.schema.json', entrypoint: route('catalog-schema-json.ts') });
        injectRoute({ pattern: '/data/[name].json', entrypoint: route('diagnose-data-json.ts') });
        injectRoute({ pattern: '/[...lang]/[file].txt', entrypoint: route('llms-txt.ts') });
        injectRoute({ pattern: '/[...lang]/fixes', entrypoint: route('fixes-index.astro') });
        injectRoute({ pattern: '/[...lang]/fixes/[recipe]', entrypoint: route('fix-page.astro') });
      },
    },
  };
}
