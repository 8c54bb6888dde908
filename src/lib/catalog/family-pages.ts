import { localize, type Lang, type Localized, type UiKey } from '../i18n';
import { entryHomePath, entryTopicPath, familyPagePath, PAGES_BY_FAMILY } from '../urls';
import type { Catalog, Entry } from './schema';

/** The pages below a topic page split by family (`/status/400/openai/`), and what they are called. */

/** Most commonly hit first: the number of real pastes an entry owns stands for how often people meet it. */
export function byCommonness(a: Entry, b: Entry): number {
  return b.pastes.length - a.pastes.length || a.title.en.localeCompare(b.title.en);
}

/** The entries whose section is on the page at `path`, most commonly hit first. */
export function entriesHomedAt(catalog: Catalog, path: string): Entry[] {
  return catalog.entries.filter((e) => entryHomePath(e) === path).sort(byCommonness);
}

export interface FamilyPage {
  /** The status or failure page it sits below. */
  topic: string;
  family: string;
  path: string;
  entries: Entry[];
}

/** Every family page, by topic page and then by the number of entries (most first), then family id. */
export function familyPages(catalog: Catalog): FamilyPage[] {
  const pages = new Map<string, FamilyPage>();
  for (const entry of catalog.entries) {
    const topic = entryTopicPath(entry);
    if (!PAGES_BY_FAMILY.has(topic)) continue;
    const path = familyPagePath(topic, entry.family);
    const page = pages.get(path) ?? { topic, family: entry.family, path, entries: [] };
    page.entries.push(entry);
    pages.set(path, page);
  }
  const list = [...pages.values()];
  for (const page of list) page.entries.sort(byCommonness);
  return list.sort((a, b) => a.topic.localeCompare(b.topic) || b.entries.length - a.entries.length || a.family.localeCompare(b.family));
}

/** The UI string naming a family that is no provider, tool or client: `python-network` -> `familyPythonNetwork`. */
export function familyUiKey(family: string): UiKey {
  return `family${family.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase())}` as UiKey;
}

/** A family's name: the provider's, tool's or client's of the same id, else its own UI string. */
export function familyName(catalog: Catalog, family: string, lang: Lang): string {
  const byId = [catalog.providers, catalog.tools, catalog.clients] as Record<string, { name: Localized } | undefined>[];
  const named = byId.map((names) => names[family]).find((n) => n !== undefined);
  return named ? localize(named.name, lang) : (catalog.ui[lang][familyUiKey(family)] ?? family);
}
