import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/lib/catalog';
import { catalogFiles } from '../../../src/lib/catalog/files';
import { listFiles, ROOT } from './source-files';

/** The docs page file behind a site path such as `/status/429/`. */
function pageFile(path: string): string | undefined {
  const base = join(ROOT, 'content', 'docs', path.replace(/^\/|\/$/g, ''));
  return ['.mdx', '.md'].map((ext) => base + ext).find(existsSync);
}

describe('catalogue, pages and files agree', () => {
  it('every catalogue file on disk is loaded, and every loaded file exists', () => {
    const onDisk = listFiles('content/catalog', ['.json']);
    expect(catalogFiles.map((f) => f.file).sort()).toEqual(onDisk);
  });

  it('every entry has a recipe that exists and a source', () => {
    const recipeIds = new Set(catalog.recipes.map((r) => r.id));
    for (const entry of catalog.entries) {
      expect(entry.recipes.length, entry.id).toBeGreaterThan(0);
      expect(entry.recipes.filter((id) => !recipeIds.has(id)), entry.id).toEqual([]);
      expect(entry.sources.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('every status and failure page an entry uses exists', () => {
    const missing = new Set<string>();
    for (const entry of catalog.entries) {
      for (const status of entry.statuses) if (!pageFile(`/status/${status}/`)) missing.add(`/status/${status}/`);
      if (entry.failure && !pageFile(`/failures/${entry.failure}/`)) missing.add(`/failures/${entry.failure}/`);
    }
    expect([...missing]).toEqual([]);
  });
});
