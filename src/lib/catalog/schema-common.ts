import { z } from 'astro/zod';
import { CJK_CHAR } from '../cjk';
import { LANGS, PROVIDERS, STATUSES, TOOLS } from './ids';


export const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');

/** Every user-facing string in English and Chinese; the Chinese must contain Chinese characters. */
export const localizedSchema = z
  .object({
    /** The English text. Inline Markdown (code spans, links, emphasis) is allowed. */
    en: z.string().trim().min(1, 'English text is required'),
    /** The Simplified Chinese text. */
    'zh-cn': z
      .string({ required_error: 'Chinese (zh-cn) text is required' })
      .trim()
      .regex(CJK_CHAR, 'Chinese (zh-cn) text must be written in Chinese'),
  })
  .strict();
export type Localized = z.infer<typeof localizedSchema>;

/** A proper name in both languages: product names usually stay as they are in Chinese. */
export const nameSchema = z.object({ en: z.string().trim().min(1), 'zh-cn': z.string().trim().min(1) }).strict();

export const langSchema = z.enum(LANGS);

/** A fact's source: where it was read and the day it was actually read. */
export const sourceSchema = z
  .object({
    /** The page, file or thread the fact was read in. */
    url: z.string().url(),
    /** The date it was read, `YYYY-MM-DD`. */
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
    /** What exactly was read there. */
    note: z.string().optional(),
  })
  .strict();

export const statusSchema = z.union(
  STATUSES.map((s) => z.literal(s)) as unknown as [z.ZodLiteral<number>, z.ZodLiteral<number>],
  { errorMap: () => ({ message: `must be one of the statuses with a page: ${STATUSES.join(', ')}` }) },
);

export const providerIdSchema = z.enum(PROVIDERS);
export const toolIdSchema = z.enum(TOOLS);

/** A literal found in pastes (a marker or a phrase) and who prints it. */
export const markerSchema = z
  .object({
    /** The fragment as it appears in a paste; matched case-insensitively, ignoring quotes, `-`, `_` and spacing. */
    text: z.string().trim().min(1),
    /** How strongly the fragment points to its owner (about 1 = weak, 3 = certain). */
    weight: z.number().positive().max(5),
    /** Who prints it, in a few words. */
    by: z.string().min(3),
    /** Only this tool prints it: a tool is named as the printer only on such a marker (others only add weight). */
    exclusive: z.boolean().optional(),
    /** Where the program builds that text (its source or docs), when the marker was read there. */
    source: z.string().url().optional(),
  })
  .strict();
