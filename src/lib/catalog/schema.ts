import { z } from 'astro/zod';
import { KIND_IDS } from '../taxonomy';
import { CODE_LANGS, FAILURES, PROVIDERS, STATUSES, TOOLS } from './ids';

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

const CJK = /[\u3400-\u9fff]/;

/** Every user-facing string in English and Chinese; the Chinese must contain Chinese characters. */
export const localizedSchema = z
  .object({
    en: z.string().trim().min(1, 'English text is required'),
    'zh-cn': z
      .string({ required_error: 'Chinese (zh-cn) text is required' })
      .trim()
      .regex(CJK, 'Chinese (zh-cn) text must be written in Chinese'),
  })
  .strict();

export const sourceSchema = z
  .object({
    url: z.string().url(),
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
    note: z.string().optional(),
  })
  .strict();

const statusSchema = z.union(
  STATUSES.map((s) => z.literal(s)) as unknown as [z.ZodLiteral<number>, z.ZodLiteral<number>],
  { errorMap: () => ({ message: `must be one of the statuses with a page: ${STATUSES.join(', ')}` }) },
);

/** Taxonomy kinds an entry may carry: every kind but `unknown`, which only the classifier answers. */
const entryKinds = KIND_IDS.filter((k) => k !== 'unknown') as [string, ...string[]];

export const entrySchema = z
  .object({
    id: kebabId,
    kind: z.enum(entryKinds as [(typeof KIND_IDS)[number], ...(typeof KIND_IDS)[number][]]),
    statuses: z.array(statusSchema),
    failure: z.enum(FAILURES).optional(),
    providers: z.array(z.enum(PROVIDERS)),
    clients: z.array(z.enum(TOOLS)).default([]),
    title: localizedSchema,
    cause: localizedSchema,
    retry: z
      .object({
        retryable: z.boolean(),
        advice: localizedSchema,
        sdkRetries: z.boolean(),
        waitSeconds: z.number().nonnegative().optional(),
      })
      .strict(),
    signals: z.array(z.string().trim().min(3, 'a signal needs at least 3 characters')).min(1),
    example: z
      .object({
        text: z.string().min(1),
        label: z.string().min(1),
        source: z.string().url(),
      })
      .strict(),
    recipes: z.array(kebabId).min(1, 'every entry needs at least one recipe'),
    avoid: z.array(localizedSchema).default([]),
    sources: z.array(sourceSchema).min(1, 'every entry needs at least one source'),
    /** A message or error type that wraps a deeper cause ("Connection error.", a relay rewrite, a catch-all error type): a recognised cause of another kind wins. */
    wrapper: z.boolean().optional(),
    deprecated: z.string().optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.statuses.length === 0 && !entry.failure) {
      ctx.addIssue({ code: 'custom', path: ['failure'], message: 'an entry without statuses needs a failure page' });
    }
    if (entry.statuses.length > 0 && entry.failure) {
      ctx.addIssue({ code: 'custom', path: ['failure'], message: 'an entry with statuses lives on its status page; drop failure' });
    }
  });

export const variantSchema = z
  .object({
    text: localizedSchema,
    code: z.string().min(1).optional(),
    lang: z.enum(CODE_LANGS).optional(),
    unsupported: z.boolean().optional(),
  })
  .strict()
  .refine((v) => !v.code || v.lang, { message: 'a variant with code needs lang', path: ['lang'] });

export const recipeSchema = z
  .object({
    id: kebabId,
    title: localizedSchema,
    summary: localizedSchema,
    variants: z
      .object(Object.fromEntries(TOOLS.map((t) => [t, variantSchema.optional()])) as Record<
        (typeof TOOLS)[number],
        z.ZodOptional<typeof variantSchema>
      >)
      .strict()
      .refine((v) => Object.values(v).some(Boolean), { message: 'a recipe needs at least one variant' }),
    sources: z.array(sourceSchema).min(1, 'every recipe needs at least one source'),
  })
  .strict();

export const catalogSchema = z
  .object({
    entries: z.array(entrySchema),
    recipes: z.array(recipeSchema),
  })
  .strict();

export type EntryInput = z.input<typeof entrySchema>;
export type Entry = z.infer<typeof entrySchema>;
export type Recipe = z.infer<typeof recipeSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
