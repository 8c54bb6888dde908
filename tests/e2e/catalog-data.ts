import type { APIRequestContext } from '@playwright/test';
import type { Catalog, Entry } from '../../src/lib/catalog';
import { entryHomePath } from '../../src/lib/urls';

/** The catalogue as the built site publishes it: tests take their expectations from here, not from literals. */
export async function publishedCatalog(request: APIRequestContext): Promise<Catalog> {
  const response = await request.get('/catalog.json');
  if (!response.ok()) throw new Error(`/catalog.json answered ${response.status()}`);
  return (await response.json()) as Catalog;
}

export function entriesHomedAt(catalog: Catalog, path: string): Entry[] {
  return catalog.entries.filter((e) => entryHomePath(e) === path);
}
