import { z } from 'astro/zod';
import { KIND_IDS } from '../taxonomy';
import { PROVIDERS, SDKS, STATUSES, TOOLS } from './ids';
import { localizedSchema, markerSchema, nameSchema, statusSchema } from './schema-common';

/** Requires an object with exactly the given keys, each holding `value`. */
function exactRecord<K extends string, V extends z.ZodTypeAny>(keys: readonly K[], value: V) {
  return z.object(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>).strict();
}

/**
 * A group of phrases and who prints them. A one-word phrase counts only where a word starts; a trailing space asks
 * that the word end there too (`"cert "` is in "client cert", not in "certain"), so it is kept, and nothing else.
 */
const phraseSchema = z.string().regex(/^\S(.*\S)? ?$/, 'no leading space, no trailing space but one that ends a word').min(2);
const phraseGroupSchema = z.object({ by: z.string().min(3), phrases: z.array(phraseSchema).min(1) }).strict();

/** `kinds.json`: what each kind of error means. */
export const kindSchema = z
  .object({
    /** The kind in words, for headings and the diagnosis. */
    name: localizedSchema,
    /** What the kind means, one sentence. */
    meaning: localizedSchema,
    /** `true`: retrying can succeed; `false`: fix something first (also `unknown`: don't retry blindly); `null`: no verdict. */
    retryable: z.boolean().nullable(),
    /** The statuses the kind usually comes with. */
    statuses: z.array(statusSchema),
    /**
     * The one status a response of this kind nearly always has (a rate limit's 429), reported as the diagnosis's
     * status (`statusFrom: 'kind'`) when the paste prints none and no entry or envelope implies one. Left out where
     * the kind's statuses split (billing, overloaded) or it has no response (timeouts, network failures).
     */
    usualStatus: statusSchema.optional(),
    /** Generic phrases that point to the kind whatever the provider, weaker than any entry's signal. */
    hints: z.array(phraseGroupSchema),
  })
  .strict()
  .refine((kind) => kind.usualStatus === undefined || kind.statuses.includes(kind.usualStatus), 'usualStatus must be one of the kind\'s statuses');
export const kindsSchema = exactRecord(KIND_IDS, kindSchema);
export type Kind = z.infer<typeof kindSchema>;

/** Per runtime, the SDK (or curl dialect) a provider's code uses; a runtime left out gets SDK-neutral fixes only. */
const sdkPerToolSchema = z.object({ python: z.enum(SDKS).optional(), node: z.enum(SDKS).optional(), curl: z.enum(SDKS).optional() }).strict();

/** `providers.json`: each provider's name, documentation, SDKs and the markers that reveal it in a paste. */
export const providerSchema = z
  .object({
    name: nameSchema,
    /** The provider's own page about errors. */
    docs: z.string().url().optional(),
    /** The SDK (or, for curl, the API dialect) its code variants use in each runtime. */
    sdk: sdkPerToolSchema,
    markers: z.array(markerSchema),
  })
  .strict();
export const providersSchema = exactRecord(PROVIDERS, providerSchema);
export type Provider = z.infer<typeof providerSchema>;

/** `tools.json`: each client tool or runtime, where its settings live and how it retries. */
export const toolSchema = z
  .object({
    name: nameSchema,
    /** The runtime it is built on: a Node network error is what a Node-based tool shows too. */
    runtime: z.enum(TOOLS),
    /** The SDKs (or API dialects) its code variants can be written for; absent for tools configured without code. */
    sdks: z.array(z.enum(SDKS)).optional(),
    /** Where its settings live. */
    settings: localizedSchema,
    /** How often it retries a failed call before showing the error, when it does. */
    retries: z
      .object({ count: z.number().int().nonnegative(), setting: z.string(), alreadyRetried: localizedSchema })
      .strict()
      .optional(),
    markers: z.array(markerSchema),
  })
  .strict();
export const toolsSchema = exactRecord(TOOLS, toolSchema);
export type Tool = z.infer<typeof toolSchema>;

/**
 * `clients.json`: programs that print API errors in their own words but have no fix variants of their own
 * (frameworks, chat apps, agents). A paste is attributed to one only on an exclusive marker; their fixes are their
 * runtime's, when it is known.
 */
export const clientSchema = z
  .object({
    name: nameSchema,
    /** The runtime whose fixes apply (`python`, `node`), or null when the program is not scripted by its user. */
    runtime: z.enum(TOOLS).nullable(),
    markers: z.array(markerSchema).min(1),
  })
  .strict();
export const clientsSchema = z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), clientSchema);
export type Client = z.infer<typeof clientSchema>;

/** `sdks.json`: what each SDK's code imports, and the markers that reveal it in a paste. */
export const sdkSchema = z
  .object({
    name: z.string().min(2),
    /** Modules (Python) and packages (Node) its code may import besides the standard library. */
    imports: z.object({ python: z.array(z.string()).optional(), node: z.array(z.string()).optional() }).strict(),
    markers: z.array(markerSchema.omit({ weight: true })),
  })
  .strict();
export const sdksSchema = exactRecord(SDKS, sdkSchema);
export type Sdk = z.infer<typeof sdkSchema>;

const statusCodes = STATUSES.map(String) as `${(typeof STATUSES)[number]}`[];

/** `statuses.json`: what a bare status means when nothing else in the paste says more. */
export const statusFactsSchema = z
  .object({
    statuses: exactRecord(statusCodes, z.object({ reason: z.array(z.string().min(2)), kind: z.enum(KIND_IDS) }).strict()),
    /**
     * Wordings that imply a status without stating its number, or that state a 200 around an error (the error came in a
     * successful response, which the status wordings of extract-status.ts never read: a 2xx names no kind).
     */
    implied: z.array(
      z
        .object({
          status: z.union([statusSchema, z.literal(200), z.literal(421), z.literal(431), z.literal(499)]),
          by: z.string().min(3),
          phrases: z.array(z.string().min(3)).min(1),
          /** The kind of a status that has no page of its own (421 misdirected to the wrong host, 431 header fields too large, 499 a call Google's side cancelled). */
          kind: z.enum(KIND_IDS).optional(),
        })
        .strict(),
    ),
    /** curl exit codes (`curl: (N)`) and the kind each one means. */
    curlExits: z.record(z.string().regex(/^\d{1,3}$/), z.enum(KIND_IDS)),
    /** gRPC / google.rpc status names and the HTTP status each maps to. */
    grpc: z.object({ by: z.string().min(3), codes: z.record(z.string().regex(/^[A-Z_]+$/), z.number().int().min(400).max(599)) }).strict(),
    /** Exception classes named after one HTTP status, by the SDKs that raise them. */
    exceptions: z.array(z.object({ by: z.string().min(3), source: z.string().url().optional(), classes: z.record(z.string().regex(/^[A-Z]\w+$/), z.number().int().min(400).max(599)) }).strict()),
  })
  .strict();
export type StatusFacts = z.infer<typeof statusFactsSchema>;

/**
 * `word-model.json`: per kind, how many training pastes it has, and per word, in how many pastes of each kind it
 * occurs (see src/lib/classify/words.ts). Written by `npm run word-model`; a tidy test keeps it in step with the pastes.
 */
export const wordModelSchema = z
  .object({
    $comment: z.string().optional(),
    kinds: z.array(z.enum(KIND_IDS)).min(2),
    pastes: z.array(z.number().int().min(0)),
    words: z.record(z.string().min(2), z.array(z.number().int().min(0))),
  })
  .strict()
  .refine((m) => m.pastes.length === m.kinds.length && Object.values(m.words).every((row) => row.length === m.kinds.length), 'every count row has one count per kind');
