/**
 * ai-api-errors as a library: the catalogue and classifier of the site, for programs. Nothing here reaches the
 * network or the site's code; the catalogue is read once, from the package, on first use.
 */
import { byCommonness, entryById } from '../lib/catalog';
import { classifyAgainst } from '../lib/classify/catalog-classifier';
import { entryUrlOf } from '../lib/entry-markdown';
import { redact as redactText, redactWithReport } from '../lib/redact';
import { SITE_ORIGIN } from '../lib/urls';
import { packageCatalog } from './catalog';
import { diagnoseError as diagnose, diagnoseResponse as diagnoseFetchResponse } from './diagnose';
import { lookupIn, summaryOf } from './lookup';
import type { Diagnosis, DiagnoseOptions, EntrySummary, ErrorDiagnosis, Lang, LookupResult, RedactReport } from './types.js';

export type * from './types.js';

/** Where the site is published; every URL the package returns starts with it unless `site` is given. */
export const SITE: string = SITE_ORIGIN;

/** Reads pasted error text (a body, traceback, tool message, curl output or log) and says what went wrong. Never throws. */
export function classify(text: string): Diagnosis {
  return classifyAgainst(packageCatalog(), text);
}

/** The text with API keys, tokens, cookies, passwords, e-mail addresses, internal hosts and account ids removed. */
export function redact(text: string): string {
  return redactText(text);
}

/** `redact`, and how many values of each type it removed. */
export function redactReport(text: string): RedactReport {
  return redactWithReport(text) as RedactReport;
}

/**
 * Diagnoses what a program caught: an openai-node or @anthropic-ai/sdk error (status, headers, body), a @google/genai
 * or AI SDK error, a Node or undici network error (`code`), a `fetch` Response (status and headers; see
 * `diagnoseResponse` for its body), a `{ status, headers, body }` object, or text. Adds `retry`: whether to send the
 * request again and after how long, honouring `retry-after-ms`, `retry-after` (seconds or HTTP date) and
 * `x-should-retry`, and saying when the SDK had already retried. Never throws.
 */
export function diagnoseError(error: unknown, options?: DiagnoseOptions): ErrorDiagnosis {
  return diagnose(error, options);
}

/** `diagnoseError` for a `fetch` Response, with its body read from a clone. */
export function diagnoseResponse(response: Response, options?: DiagnoseOptions): Promise<ErrorDiagnosis> {
  return diagnoseFetchResponse(response, options);
}

/** The URL of an entry on the site (`/status/429/#openai-rate-limit-rpm`), or null for an id the catalogue lacks. */
export function entryUrl(id: string, lang: Lang = 'en', site: string = SITE_ORIGIN): string | null {
  const entry = entryById(packageCatalog(), id);
  return entry ? entryUrlOf(entry, lang, site) : null;
}

/** Finds entries by id, HTTP status or message. */
export function lookupError(query: string, lang: Lang = 'en', site: string = SITE_ORIGIN): LookupResult {
  return lookupIn(packageCatalog(), query, lang, site);
}

/** Every entry of the catalogue, most commonly hit first. */
export function listEntries(lang: Lang = 'en', site: string = SITE_ORIGIN): EntrySummary[] {
  return packageCatalog()
    .entries.filter((e) => !e.deprecated)
    .sort(byCommonness)
    .map((e) => summaryOf(e, lang, site));
}
