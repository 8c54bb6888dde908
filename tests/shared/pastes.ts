import type { Lang } from '../../src/lib/catalog/ids';
import type { Catalog } from '../../src/lib/catalog/schema';
import type { KindId } from '../../src/lib/taxonomy';
import { loadCatalog } from '../../src/loader/load-catalog';

/** A real paste with the verdict a reader gives it: its owning entry's, or the one recorded for an unattributed paste. */
export interface LabelledPaste {
  id: string;
  text: string;
  /** The entry that owns it; null for an unattributed paste. */
  owner: string | null;
  expected: { kind: KindId; retryable: boolean | null; status: number | null | undefined };
  provider: string | null;
  client: string | null;
  lang: Lang;
  source: string;
}

/** Every real paste of the catalogue, owned or not. */
export function labelledPastes(catalog: Catalog = loadCatalog()): LabelledPaste[] {
  const owned = catalog.entries.flatMap((e) =>
    e.pastes.map((p) => ({ ...p, owner: e.id, expected: { kind: e.kind, retryable: p.retryable ?? e.retry.retryable, status: p.status } })),
  );
  const loose = catalog.unattributed.map((p) => ({ ...p, owner: null, expected: { ...p.expected, status: p.status } }));
  return [...owned, ...loose].map(({ id, text, owner, expected, provider, client, lang, source }) => ({ id, text, owner, expected, provider, client, lang, source }));
}

/** One paste by id; throws when it does not exist, so a test cannot silently change subject. */
export function pasteById(id: string, pastes: readonly LabelledPaste[] = labelledPastes()): LabelledPaste {
  const found = pastes.find((p) => p.id === id);
  if (!found) throw new Error(`no paste with id "${id}" in the catalogue`);
  return found;
}
