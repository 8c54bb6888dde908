import type { KindId } from '../taxonomy';
import type { Failure, ProviderId, Status, ToolId } from './ids';
import type { Catalog, Entry, Recipe } from './schema';

export type { Catalog, Entry, Kind, Paste, Provider, Recipe, Tool, UnattributedPaste, Variant } from './schema';
export { fixFor, pickVariant, type Fix } from './pick-variant';

/** Reads of the validated catalogue. Every function takes the catalogue: nothing here loads it. */

export function entryById(catalog: Catalog, id: string): Entry | undefined {
  return catalog.entries.find((e) => e.id === id);
}

export function recipeById(catalog: Catalog, id: string): Recipe | undefined {
  return catalog.recipes.find((r) => r.id === id);
}

export function recipesOf(catalog: Catalog, entry: Entry): Recipe[] {
  return entry.recipes.map((id) => recipeById(catalog, id)).filter((r): r is Recipe => r !== undefined);
}

/** Most commonly hit first: the number of real pastes an entry owns stands for how often people meet it. */
export function byCommonness(a: Entry, b: Entry): number {
  return b.pastes.length - a.pastes.length || a.title.en.localeCompare(b.title.en);
}

export function entriesWithStatus(catalog: Catalog, status: Status | number): Entry[] {
  return catalog.entries.filter((e) => e.statuses.includes(status as Status)).sort(byCommonness);
}

export function entriesOnFailurePage(catalog: Catalog, failure: Failure): Entry[] {
  return catalog.entries.filter((e) => e.statuses.length === 0 && e.failure === failure).sort(byCommonness);
}

export function entriesOfKind(catalog: Catalog, kind: KindId): Entry[] {
  return catalog.entries.filter((e) => e.kind === kind).sort(byCommonness);
}

export function entriesOfProvider(catalog: Catalog, provider: ProviderId): Entry[] {
  return catalog.entries.filter((e) => e.providers.includes(provider)).sort(byCommonness);
}

export function entriesOfClient(catalog: Catalog, tool: ToolId): Entry[] {
  return catalog.entries.filter((e) => e.clients.includes(tool)).sort(byCommonness);
}

/** Entries whose fixes include the recipe. */
export function entriesUsingRecipe(catalog: Catalog, recipeId: string): Entry[] {
  return catalog.entries.filter((e) => e.recipes.includes(recipeId)).sort(byCommonness);
}

/** Every real paste of the catalogue with its kind: its entry's, or the one recorded for an unattributed paste. */
export function pasteKinds(catalog: Catalog): { id: string; text: string; kind: KindId }[] {
  return [
    ...catalog.entries.flatMap((e) => e.pastes.map((p) => ({ id: p.id, text: p.text, kind: e.kind }))),
    ...catalog.unattributed.map((p) => ({ id: p.id, text: p.text, kind: p.expected.kind })),
  ];
}
