import { z } from 'astro/zod';
import { KIND_IDS, type KindId } from '../taxonomy';
import { FAILURES } from './ids';
import { kebabId, langSchema, localizedSchema, providerIdSchema, sourceSchema, statusSchema, toolIdSchema } from './schema-common';

/** One real paste of an error: the text a user saw, exactly as it was posted, and where it was posted. */
export const pasteSchema = z
  .object({
    /** Permanent id, unique across the catalogue (fixture ids such as `p-an-529-node-sdk-ts616`). */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,90}$/, 'must be lowercase letters, digits and hyphens'),
    /**
     * Who printed it, as a reader would say it (`anthropic-python`, `Claude Code`); shown as the paste's title. A bare
     * string is a name that reads the same in every language; a label with words in it is `{ en, zh-cn }`.
     */
    label: z.union([z.string().min(1), localizedSchema]).optional(),
    /** The language of the text itself. */
    lang: langSchema,
    /** The program that printed it, when the catalogue knows it: a tool (tools.json) or a client (clients.json). */
    client: kebabId.nullable(),
    /** The provider whose API produced the error, when known. */
    provider: providerIdSchema.nullable(),
    /** The HTTP status the paste states; `null` when it states none. Absent when nobody labelled it. */
    status: z.number().int().min(100).max(599).nullable().optional(),
    /**
     * This paste's own retry verdict, only where it differs from its entry's general one: a reset that is usually
     * passing, pasted from `localhost`, fails the same way until the local service is fixed.
     */
    retryable: z.boolean().optional(),
    /**
     * Where the text comes from: a user's report (`issue`, the default), the provider's documentation (`docs`) or a
     * literal in source code (`source`), used only when no public paste was found.
     */
    origin: z.enum(['issue', 'docs', 'source']).optional(),
    /** The thread, page or file it was copied from. */
    source: z.string().url(),
    /** The paste, keys replaced by placeholders, nothing else changed. */
    text: z.string().min(1),
  })
  .strict();
export type Paste = z.infer<typeof pasteSchema>;

/** Taxonomy kinds an entry may carry: every kind but `unknown`, which only the classifier answers. */
const entryKinds = KIND_IDS.filter((k) => k !== 'unknown') as [KindId, ...KindId[]];

/** An entry file `content/catalog/entries/<family>/<id>.json`: one real variant of an error a user meets. */
export const entryFileSchema = z
  .object({
    /** The kind of error (`content/catalog/kinds.json`). */
    kind: z.enum(entryKinds),
    /** The HTTP statuses it comes with; empty when it has none (then `failure` names its page). */
    statuses: z.array(statusSchema),
    /** The failure page of an entry without status: `/failures/<failure>/`. */
    failure: z.enum(FAILURES).optional(),
    /** The providers whose APIs return it; empty when any provider can. */
    providers: z.array(providerIdSchema),
    /** The tools that print it in their own words; empty when the error text is the API's. */
    clients: z.array(toolIdSchema).default([]),
    /** What happened, in a few words, sentence case, no period. */
    title: localizedSchema,
    /** What and why, from the caller's side, one or two sentences. */
    cause: localizedSchema,
    /** Whether and how to retry. */
    retry: z
      .object({
        /** `true`: the same request can succeed later; `false`: fix something first. */
        retryable: z.boolean(),
        /** How to retry, or what to fix before trying again. */
        advice: localizedSchema,
        /** Whether the official SDKs retry it on their own before it reaches the caller. */
        sdkRetries: z.boolean(),
        /** A sensible first wait in seconds when the server names none. */
        waitSeconds: z.number().nonnegative().optional(),
        /**
         * `reset`: a daily or monthly cap, or a subscription's session window; the same request succeeds only after
         * the limit resets, so the verdict says "not before the reset" (with the time when the paste gives it) instead
         * of a short wait. `retryable` says whether the reset alone lifts it: true for a window that lifts within hours
         * (the same request then succeeds), false for a cap whose plan or billing usually has to change.
         * `change`: the same request usually fails the same way again (a long generation cut by a gateway's
         * timeout): the verdict says to change the request (stream it, shorten it), not to back off. `retryable`
         * still says whether the failure can pass on its own (a 524 can be a slow moment of the origin).
         */
        after: z.enum(['reset', 'change']).optional(),
      })
      .strict(),
    /** Exact strings that identify it in a paste (matched ignoring case, quotes, `-`, `_` and spacing). */
    signals: z.array(z.string().trim().min(3, 'a signal needs at least 3 characters')).min(1),
    /** The recipes that fix it (`content/catalog/recipes/<id>/`), most useful first. */
    recipes: z.array(kebabId).min(1, 'every entry needs at least one recipe'),
    /** What not to do. */
    avoid: z.array(localizedSchema).default([]),
    /** Where its facts were read. */
    sources: z.array(sourceSchema).min(1, 'every entry needs at least one source'),
    /** A message that wraps a deeper cause ("Connection error.", a relay's rewrite): a recognised cause of another kind wins. */
    wrapper: z.boolean().optional(),
    /**
     * A provider's catch-all answer to a bad request (`invalid params`, `Malformed input request`): a precise kind
     * phrase beside it (a context window, a missing model) says what was wrong. A request-error entry without it names
     * its cause itself, and a phrase beside it (`the context_window` in Groq's output-limit message) does not re-kind it.
     */
    catchAll: z.literal(true).optional(),
    /**
     * The caller got no response at all: a status the paste prints is another party's (a server's log of the request
     * it dropped when the caller left), not the response's.
     */
    unanswered: z.literal(true).optional(),
    /** Why the entry was retired; retired entries keep their id and anchor but are no longer matched. */
    deprecated: z.string().optional(),
    /** Every real paste of it; the first is the one pages show. */
    pastes: z.array(pasteSchema).min(1, 'every entry needs at least one real paste'),
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

/** An entry as published: the file's fields plus its id (the file name) and family (the folder). */
export const entrySchema = z
  .object({
    /** Permanent id: the file name, the HTML anchor and the URL fragment. */
    id: kebabId,
    /** The folder it lives in: a provider, gateway, network stack or client tool. */
    family: kebabId,
  })
  .merge(entryFileSchema.innerType());
export type Entry = z.infer<typeof entrySchema>;

/** A real paste that belongs to no entry yet, with the verdict a reader would give it. */
export const unattributedPasteSchema = pasteSchema.omit({ retryable: true }).extend({
  expected: z.object({ kind: z.enum(KIND_IDS), retryable: z.boolean().nullable() }).strict(),
});
export type UnattributedPaste = z.infer<typeof unattributedPasteSchema>;

export const unattributedFileSchema = z.object({ $comment: z.string().optional(), pastes: z.array(unattributedPasteSchema) }).strict();
