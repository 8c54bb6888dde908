import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  // Starlight's own UI strings, where it has none: the search dialog (Pagefind) in Chinese.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
