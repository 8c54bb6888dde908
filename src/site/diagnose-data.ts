import { createHash } from 'node:crypto';
import { byCommonness } from '../lib/catalog';
import type { Lang, ProviderId, SdkId, ToolId } from '../lib/catalog/ids';
import type { Catalog, Entry } from '../lib/catalog/schema';
import { classifierDataOf } from '../lib/classify';
import { packLines } from '../lib/code-lines';
import { ENTRY_DEFAULTS, fixTextKey, type DiagnoseCode, type DiagnoseDataWire, type DiagnoseDetails, type DiagnoseEntryWire, type DiagnoseExample, type DiagnoseRecipeView } from '../lib/diagnose-data';
import { localize } from '../lib/i18n';
import { firstSentence } from '../lib/inline-markdown';
import type { KindId } from '../lib/taxonomy';
import { entryHomePath, fixPath, kindPath, localePath } from '../lib/urls';
import { loadCatalog } from '../loader/load-catalog';
import { fileKey, highlightCatalog, type HighlightedCatalog } from './highlight';

const EXAMPLE_COUNT = 8;
const mapValues = <K extends string, V, W>(record: Record<K, V>, fn: (value: V, key: K) => W) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, fn(v as V, k as K)])) as Record<K, W>;

/** The chips "Try an example": the most commonly hit entries, one per kind, each with its first real paste. */
export function examplesOf(catalog: Catalog, lang: Lang): DiagnoseExample[] {
  const kinds = new Set<string>();
  return [...catalog.entries]
    .sort(byCommonness)
    .filter((e) => !kinds.has(e.kind) && kinds.add(e.kind))
    .slice(0, EXAMPLE_COUNT)
    .map((e) => ({ label: localize(e.title, lang), text: e.pastes[0]!.text }));
}

/** An entry's retry fields, less those the island fills back in from `ENTRY_DEFAULTS`. */
function withoutDefaults<T extends Record<keyof typeof ENTRY_DEFAULTS, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([key, value]) => ENTRY_DEFAULTS[key as keyof typeof ENTRY_DEFAULTS] !== value)) as Partial<T>;
}

/** An entry as the data file carries it (`DiagnoseEntryWire`). */
function entryWire(e: Entry, lang: Lang): DiagnoseEntryWire {
  const { retryable, ...retry } = withoutDefaults({ retryable: e.retry.retryable, sdkRetries: e.retry.sdkRetries, waitSeconds: e.retry.waitSeconds ?? null, after: e.retry.after ?? null });
  return {
    // The classifier's data leaves out a deprecated entry, so only such an entry spells out what it would carry.
    ...(e.deprecated && { kind: e.kind, providers: e.providers, clients: e.clients, ...(retryable && { retryable }) }),
    title: localize(e.title, lang),
    lead: firstSentence(localize(e.cause, lang)),
    ...retry,
    recipes: e.recipes,
    home: entryHomePath(e).slice(1, -1),
  };
}

function recipesOf(catalog: Catalog, lang: Lang): Record<string, DiagnoseRecipeView> {
  return Object.fromEntries(
    catalog.recipes.map((r) => [
      r.id,
      {
        id: r.id,
        title: localize(r.title, lang),
        url: localePath(fixPath(r.id), lang),
        variants: r.variants.map((v) => ({
          key: v.key,
          tool: v.tool,
          sdk: v.sdk,
          unsupported: v.unsupported,
          file: v.file ? { name: v.file.name, key: fileKey(r.id, v.file.name) } : null,
        })),
      },
    ]),
  );
}

/** Every recipe file, highlighted and packed, for the island's fix code file. */
export function buildDiagnoseCode(highlighted: HighlightedCatalog): DiagnoseCode {
  const classes = new Map<string, number>([['', 0]]);
  const classIndex = (name: string) => {
    if (!classes.has(name)) classes.set(name, classes.size);
    return classes.get(name)!;
  };
  const files = Object.fromEntries([...highlighted.files].map(([key, lines]) => [key, packLines(lines, classIndex)]));
  return { classes: [...classes.keys()], files };
}

/**
 * The fixes a kind-only verdict shows: the two recipes the kind's entries list first most often (a doubled `/v1`
 * that matched no entry still gets "fix the base URL path"). Derived from the entries, so it follows them.
 */
export function kindRecipesOf(catalog: Catalog): Record<KindId, string[]> {
  const counts = new Map<KindId, Map<string, number>>();
  for (const e of catalog.entries) {
    const kind = counts.get(e.kind) ?? new Map<string, number>();
    e.recipes.slice(0, 2).forEach((r, i) => kind.set(r, (kind.get(r) ?? 0) + (i === 0 ? 2 : 1)));
    counts.set(e.kind, kind);
  }
  return mapValues(catalog.kinds, (_k, id) =>
    [...(counts.get(id as KindId) ?? new Map<string, number>())]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 2)
      .map(([r]) => r),
  ) as Record<KindId, string[]>;
}

/** Everything the diagnose island needs in one language, as plain JSON, but the code (see buildDiagnoseCode). */
export function buildDiagnoseData(catalog: Catalog, lang: Lang, urls: { codeUrl: string; detailsUrl: string }): DiagnoseDataWire {
  const recipes = recipesOf(catalog, lang);
  return {
    lang,
    classifier: classifierDataOf(catalog),
    entries: Object.fromEntries(
      catalog.entries.map((e) => [e.id, entryWire(e, lang)]),
    ),
    recipes,
    facts: { providers: mapValues(catalog.providers, (p) => ({ sdk: p.sdk })), tools: mapValues(catalog.tools, (t) => ({ sdks: t.sdks, retries: t.retries })) },
    names: {
      providers: mapValues(catalog.providers, (p) => localize(p.name, lang)) as Record<ProviderId, string>,
      tools: mapValues(catalog.tools, (t) => localize(t.name, lang)) as Record<ToolId, string>,
      clients: mapValues(catalog.clients, (c) => localize(c.name, lang)),
      sdks: mapValues(catalog.sdks, (s) => s.name) as Record<SdkId, string>,
      kinds: mapValues(catalog.kinds, (k) => localize(k.name, lang)) as Record<KindId, string>,
    },
    kindUrls: mapValues(catalog.kinds, (_k, id) => localePath(kindPath(id), lang)) as Record<KindId, string>,
    kindRecipes: kindRecipesOf(catalog),
    ...urls,
  };
}

/** Each entry's full cause and advice, for "More detail", and each fix's explanation, in one language. */
export function buildDiagnoseDetails(catalog: Catalog, lang: Lang): DiagnoseDetails {
  return {
    entries: Object.fromEntries(catalog.entries.map((e) => [e.id, { cause: localize(e.cause, lang), advice: localize(e.retry.advice, lang) }])),
    fixes: Object.fromEntries(catalog.recipes.flatMap((r) => r.variants.map((v) => [fixTextKey(r.id, v.key), localize(v.text, lang)]))),
  };
}

export interface DiagnoseAsset {
  /** The site path of the file, content-hashed so it can be cached for good. */
  path: string;
  /** The file's name without `.json`, the route parameter. */
  name: string;
  body: string;
}

const assets = new Map<string, Promise<DiagnoseAsset>>();

/** A data file named by the hash of its content, so it can be cached for good; built once per build. */
function asset(prefix: string, build: () => Promise<unknown>): Promise<DiagnoseAsset> {
  let found = assets.get(prefix);
  if (!found) {
    found = build().then((data) => {
      const body = JSON.stringify(data);
      const name = `${prefix}-${createHash('sha256').update(body).digest('hex').slice(0, 12)}`;
      return { path: `/data/${name}.json`, name, body };
    });
    assets.set(prefix, found);
  }
  return found;
}

/** The fix code file, the same for every language. */
export function diagnoseCodeAsset(): Promise<DiagnoseAsset> {
  return asset('fixes', async () => buildDiagnoseCode(await highlightCatalog(loadCatalog())));
}

/** The entries' full cause and advice and the fixes' explanations for one language. */
export function diagnoseDetailsAsset(lang: Lang): Promise<DiagnoseAsset> {
  return asset(`details-${lang}`, async () => buildDiagnoseDetails(loadCatalog(), lang));
}

/** The island's data file for one language. */
export function diagnoseAsset(lang: Lang): Promise<DiagnoseAsset> {
  return asset(`diagnose-${lang}`, async () =>
    buildDiagnoseData(loadCatalog(), lang, { codeUrl: (await diagnoseCodeAsset()).path, detailsUrl: (await diagnoseDetailsAsset(lang)).path }),
  );
}
