import { byCommonness, entryById, entriesWithStatus, type Catalog, type Entry } from '../lib/catalog';
import { classifyAgainst } from '../lib/classify/catalog-classifier';
import { entryUrlOf } from '../lib/entry-markdown';
import { localize, type Lang } from '../lib/i18n';
import type { EntrySummary, LookupResult } from './types.js';

const MAX_RESULTS = 10;

export function summaryOf(entry: Entry, lang: Lang, site: string): EntrySummary {
  return {
    id: entry.id,
    title: localize(entry.title, lang),
    kind: entry.kind,
    statuses: [...entry.statuses],
    providers: [...entry.providers],
    retryable: entry.retry.retryable,
    url: entryUrlOf(entry, lang, site),
  };
}

/** Entries whose title, id or signals hold every word of the query (case-insensitive), most common first. */
function searchEntries(catalog: Catalog, query: string): Entry[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w.length > 1);
  if (words.length === 0) return [];
  return catalog.entries
    .filter((e) => {
      const hay = [e.id, e.title.en, e.title['zh-cn'], ...e.signals].join('\n').toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .sort(byCommonness);
}

/**
 * Finds entries by what a reader has in hand: an entry id (`openai-insufficient-quota`), an HTTP status (`429`), or
 * a message, which is classified as a paste and, failing that, searched for in titles and signals.
 */
export function lookupIn(catalog: Catalog, query: string, lang: Lang, site: string): LookupResult {
  const q = query.trim().slice(0, 64 * 1024);
  const summaries = (entries: Entry[]) => entries.filter((e) => !e.deprecated).slice(0, MAX_RESULTS).map((e) => summaryOf(e, lang, site));
  const byId = entryById(catalog, q.replace(/^#/, ''));
  if (byId) return { by: 'id', entries: summaries([byId]) };
  if (/^\d{3}$/.test(q)) {
    const entries = entriesWithStatus(catalog, Number(q));
    return entries.length ? { by: 'status', entries: summaries(entries) } : { by: 'none', entries: [] };
  }
  const d = classifyAgainst(catalog, q);
  const matched = d.entry ? entryById(catalog, d.entry) : undefined;
  const found = [...(matched ? [matched] : []), ...searchEntries(catalog, q).filter((e) => e !== matched)];
  return found.length ? { by: 'message', entries: summaries(found) } : { by: 'none', entries: [] };
}
