import type { KindId } from '../taxonomy';
import type { Failure, ProviderId, Status, ToolId } from './ids';
import type { Catalog, Entry, EntryInput, Recipe } from './schema';
import { catalogFiles } from './files';

export type { Catalog, Entry, Recipe, Variant } from './schema';

/**
 * The catalogue as typed data, without running the schema (the build and the tests validate it; the browser
 * bundle must not carry zod). Only the schema's defaults are applied here.
 */
function normalize(files: typeof catalogFiles): Catalog {
  const entries: Entry[] = [];
  const recipes: Recipe[] = [];
  for (const { data } of files) {
    const file = data as { entries?: EntryInput[]; recipes?: Recipe[] };
    for (const e of file.entries ?? []) entries.push({ ...e, clients: e.clients ?? [], avoid: e.avoid ?? [] } as Entry);
    for (const r of file.recipes ?? []) recipes.push(r);
  }
  return { entries, recipes };
}

export const catalog: Catalog = normalize(catalogFiles);

const recipeById = new Map(catalog.recipes.map((r) => [r.id, r]));
const entryById = new Map(catalog.entries.map((e) => [e.id, e]));

export function getEntry(id: string): Entry | undefined {
  return entryById.get(id);
}

export function recipesOf(entry: Entry): Recipe[] {
  return entry.recipes.map((id) => recipeById.get(id)).filter((r): r is Recipe => r !== undefined);
}

export function entriesWithStatus(status: Status | number): Entry[] {
  return catalog.entries.filter((e) => e.statuses.includes(status as Status));
}

export function entriesOnFailurePage(failure: Failure): Entry[] {
  return catalog.entries.filter((e) => e.statuses.length === 0 && e.failure === failure);
}

export function entriesOfKind(kind: KindId): Entry[] {
  return catalog.entries.filter((e) => e.kind === kind);
}

export function entriesOfProvider(provider: ProviderId): Entry[] {
  return catalog.entries.filter((e) => e.providers.includes(provider));
}

export function entriesOfClient(tool: ToolId): Entry[] {
  return catalog.entries.filter((e) => e.clients.includes(tool));
}
