import { entryById } from '../lib/catalog';
import { classifyAgainst } from '../lib/classify/catalog-classifier';
import { entryUrlOf } from '../lib/entry-markdown';
import { localize, type UiStrings } from '../lib/i18n';
import { retryDecision } from '../lib/retry-decision';
import { readError } from '../lib/thrown-error';
import { kindPath, localePath, SITE_ORIGIN } from '../lib/urls';
import { packageCatalog } from './catalog';
import type { DiagnoseOptions, ErrorDiagnosis } from './types.js';

/**
 * `diagnoseError`: what went wrong, whether to retry and when. The value is read as text the classifier knows
 * (src/lib/thrown-error.ts); the status, request id and wait the value carries outrank what the text says.
 */
export function diagnoseError(error: unknown, options: DiagnoseOptions = {}, body?: string): ErrorDiagnosis {
  const { lang = 'en', site = SITE_ORIGIN, now = Date.now() } = options;
  const catalog = packageCatalog();
  const facts = readError(error, body);
  const d = classifyAgainst(catalog, facts.text);
  const diagnosis = {
    ...d,
    status: facts.status ?? d.status,
    statusFrom: facts.status !== null ? ('text' as const) : d.statusFrom,
    requestId: facts.requestId ?? d.requestId,
  };
  const entry = d.entry ? entryById(catalog, d.entry) : undefined;
  const kind = catalog.kinds[d.kind];
  const retry = retryDecision({
    diagnosis,
    entry: entry ? { waitSeconds: entry.retry.waitSeconds ?? null, after: entry.retry.after ?? null } : undefined,
    headers: facts.headers,
    sdkRetried: facts.sdkRetried,
    now,
  });
  const unknown = d.kind === 'unknown';
  return {
    ...diagnosis,
    title: entry ? localize(entry.title, lang) : unknown ? (catalog.ui[lang] as UiStrings).notRecognised : localize(kind.meaning, lang),
    cause: entry ? localize(entry.cause, lang) : unknown ? null : localize(kind.meaning, lang),
    url: entry ? entryUrlOf(entry, lang, site) : unknown ? null : `${site}${localePath(kindPath(d.kind), lang)}`,
    retry,
  };
}

/** A `fetch` Response, its body read from a clone (the caller can still read the original). */
export async function diagnoseResponse(response: Response, options: DiagnoseOptions = {}): Promise<ErrorDiagnosis> {
  let body: string | undefined;
  try {
    body = await response.clone().text();
  } catch {
    body = undefined; // already read, or the stream failed: the status and headers still say much
  }
  return diagnoseError(response, options, body);
}
