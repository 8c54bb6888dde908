import { z } from 'astro/zod';
import { entrySchema, unattributedPasteSchema } from './schema-entry';
import { clientsSchema, kindsSchema, providersSchema, sdksSchema, statusFactsSchema, toolsSchema, wordModelSchema } from './schema-facts';
import { recipeSchema } from './schema-recipe';

export { localizedSchema, type Localized } from './schema-common';
export { entryFileSchema, pasteSchema, unattributedFileSchema, type Entry, type Paste, type UnattributedPaste } from './schema-entry';
export { recipeFileSchema, type Recipe, type Variant } from './schema-recipe';
export type { Client, Kind, Provider, Sdk, StatusFacts, Tool } from './schema-facts';
export { clientsSchema, kindsSchema, providersSchema, sdksSchema, statusFactsSchema, toolsSchema, wordModelSchema };

/** UI strings of one locale (`content/catalog/ui/<lang>.json`): a flat map of key to text, as Starlight's translations. */
export const uiStringsSchema = z.record(z.string().regex(/^[a-z][A-Za-z]+$/), z.string().min(1));

/** The whole validated catalogue: what `/catalog.json` publishes and what pages, island, CLI and tests read. */
export const catalogSchema = z
  .object({
    kinds: kindsSchema,
    providers: providersSchema,
    tools: toolsSchema,
    /** Programs recognised as printers without fixes of their own. */
    clients: clientsSchema,
    sdks: sdksSchema,
    statuses: statusFactsSchema,
    /** UI strings per locale. */
    ui: z.object({ en: uiStringsSchema, 'zh-cn': uiStringsSchema }).strict(),
    entries: z.array(entrySchema),
    recipes: z.array(recipeSchema),
    /** Real pastes that belong to no entry yet. */
    unattributed: z.array(unattributedPasteSchema),
    /** Word counts of the real pastes, for the classifier's last resort. */
    wordModel: wordModelSchema,
  })
  .strict();
export type Catalog = z.infer<typeof catalogSchema>;
