import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/lib/catalog';
import { catalogFiles } from '../../../src/lib/catalog/files';
import { PROVIDERS, STATUSES, TOOLS } from '../../../src/lib/catalog/ids';
import { classify } from '../../../src/lib/classify';
import { KIND_IDS, kindSlug } from '../../../src/lib/taxonomy';
import { clientPath, entryHomePath, failurePath, kindPath, providerPath, statusPath } from '../../../src/lib/urls';
import { loadFixtures } from '../classify/fixtures';
import { pageFile } from './docs-pages';
import { listFiles } from './source-files';

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

  it('every entry has a home page that holds its anchor', () => {
    const missing = [...new Set(catalog.entries.map((e) => entryHomePath(e)))].filter((path) => !pageFile(path));
    expect(missing).toEqual([]);
  });

  it('every status, failure page, kind, provider and client has its page', () => {
    const paths = [
      ...STATUSES.map(statusPath),
      ...[...new Set(catalog.entries.flatMap((e) => (e.failure ? [e.failure] : [])))].map(failurePath),
      ...KIND_IDS.map(kindPath),
      ...PROVIDERS.map(providerPath),
      ...TOOLS.map(clientPath),
    ];
    expect(paths.filter((path) => !pageFile(path))).toEqual([]);
  });

  it('every page under status/, kinds/, providers/ and clients/ belongs to the vocabulary (no orphans)', () => {
    const known = new Set([
      ...STATUSES.map((s) => `status/${s}`),
      ...KIND_IDS.map((k) => `kinds/${kindSlug(k)}`),
      ...PROVIDERS.map((p) => `providers/${p}`),
      ...TOOLS.map((t) => `clients/${t}`),
    ]);
    const pages = listFiles('content/docs', ['.md', '.mdx'])
      .map((f) => f.replace(/^content\/docs\//, '').replace(/\.mdx?$/, ''))
      .filter((p) => /^(status|kinds|providers|clients)\//.test(p));
    expect(pages.filter((p) => !known.has(p))).toEqual([]);
  });
});

describe('catalogue and fixtures agree', () => {
  const fixtures = loadFixtures();
  const diagnoses = fixtures.map((f) => classify(f.text));
  const verdicts = new Set(diagnoses.map((d) => d.entry));
  const matched = new Set(diagnoses.flatMap((d) => [d.entry, ...d.alternatives.map((a) => a.entry)]));

  it('every entry is recognised in at least one real paste of the corpus (a wrapper at least among the matches)', () => {
    const unhit = catalog.entries.filter((e) => !verdicts.has(e.id) && !(e.wrapper && matched.has(e.id)));
    expect(unhit.map((e) => e.id)).toEqual([]);
  });

  it("every entry's own example classifies to the entry's kind (wrappers may show their deeper cause)", () => {
    const wrong = catalog.entries
      .filter((e) => !e.wrapper)
      .map((e) => ({ id: e.id, kind: e.kind, got: classify(e.example.text).kind }))
      .filter((r) => r.got !== r.kind);
    expect(wrong).toEqual([]);
  });
});
