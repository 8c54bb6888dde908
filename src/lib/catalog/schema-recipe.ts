import { z } from 'astro/zod';
import { CODE_LANGS, SDKS, TOOLS } from './ids';
import { kebabId, localizedSchema, sourceSchema } from './schema-common';

/** Instructions for one tool, or for one SDK of a tool (`python.anthropic`), in `recipe.json`. */
export const variantTextSchema = z
  .object({
    /** What to do in this tool, in a few sentences. */
    text: localizedSchema,
    /** The tool cannot do this at all; the text says what to do instead. */
    unsupported: z.boolean().optional(),
  })
  .strict();

/** A variant key: a tool (`python`) or a tool and an SDK (`python.anthropic`). */
export const VARIANT_KEY = new RegExp(`^(${TOOLS.join('|')})(?:\\.(${SDKS.join('|')}))?$`);

/** `content/catalog/recipes/<id>/recipe.json`: one way to fix, with a real file per tool and SDK beside it. */
export const recipeFileSchema = z
  .object({
    /** What the fix does, imperative, a few words. */
    title: localizedSchema,
    /** The fix in one or two sentences, whatever the tool. */
    summary: localizedSchema,
    /** Instructions per tool (`python`) and, where they differ, per SDK (`python.anthropic`). */
    variants: z
      .record(z.string().regex(VARIANT_KEY, `must be a tool (${TOOLS.join(', ')}) optionally followed by .<sdk>`), variantTextSchema)
      .refine((v) => Object.keys(v).length > 0, { message: 'a recipe needs at least one variant' }),
    /** Where its facts were read. */
    sources: z.array(sourceSchema).min(1, 'every recipe needs at least one source'),
    /**
     * Extra mock-API scenarios the recipe's Python and Node files are also run against in tests (`flaky`: the
     * first request of each run fails with 429, then requests succeed).
     */
    mockScenarios: z.array(z.enum(['flaky'])).optional(),
  })
  .strict();

/** One recipe file: a complete, runnable or loadable file for one tool and SDK. */
export const recipeCodeSchema = z
  .object({
    /** The file name in the recipe's folder, `<tool>[.<sdk>].<ext>`. */
    name: z.string(),
    lang: z.enum(CODE_LANGS),
    code: z.string().min(1),
  })
  .strict();

/** A variant as published: its tool and SDK, its instructions and its file, if any. */
export const variantSchema = z
  .object({
    /** `python` or `python.anthropic`. */
    key: z.string().regex(VARIANT_KEY),
    tool: z.enum(TOOLS),
    /** The SDK or API dialect the file is written for; `null` when the variant works whatever the SDK. */
    sdk: z.enum(SDKS).nullable(),
    text: localizedSchema,
    unsupported: z.boolean(),
    file: recipeCodeSchema.nullable(),
  })
  .strict();
export type Variant = z.infer<typeof variantSchema>;

export const recipeSchema = z
  .object({
    /** Permanent id: the folder name and the URL `/fixes/<id>/`. */
    id: kebabId,
    title: localizedSchema,
    summary: localizedSchema,
    variants: z.array(variantSchema).min(1),
    sources: z.array(sourceSchema).min(1),
    mockScenarios: z.array(z.enum(['flaky'])).default([]),
  })
  .strict();
export type Recipe = z.infer<typeof recipeSchema>;
