import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entriesUsingRecipe, entryById } from '../../../src/lib/catalog';
import { FAILURES, PROVIDERS, STATUSES, TOOLS } from '../../../src/lib/catalog/ids';
import { KIND_IDS } from '../../../src/lib/taxonomy';
import { clientPath, entryHomePath, failurePath, kindPath, kindSlug, providerPath, statusPath } from '../../../src/lib/urls';
import { classify } from '../../../src/loader/classify';
import { loadCatalog } from '../../../src/loader/load-catalog';
import { pageFile, textFences } from './docs-pages';
import { listFiles, read, ROOT } from './source-files';

const catalog = loadCatalog();

describe('catalogue and pages agree', () => {
  it('every status, failure, kind, provider and client has its page, in both languages', () => {
    const paths = [...STATUSES.map(statusPath), ...FAILURES.map(failurePath), ...KIND_IDS.map(kindPath), ...PROVIDERS.map(providerPath), ...TOOLS.map(clientPath)];
    expect(paths.filter((path) => !pageFile(path) || !pageFile(`/zh-cn${path}`))).toEqual([]);
  });

  it('every page under status/, failures/, kinds/, providers/ and clients/ belongs to the vocabulary (no orphans)', () => {
    const known = new Set([
      ...STATUSES.map((s) => `status/${s}`),
      ...FAILURES.map((f) => `failures/${f}`),
      ...KIND_IDS.map((k) => `kinds/${kindSlug(k)}`),
      ...PROVIDERS.map((p) => `providers/${p}`),
      ...TOOLS.map((t) => `clients/${t}`),
    ]);
    const pages = listFiles('content/docs', ['.md', '.mdx'])
      .map((f) => f.replace(/^content\/docs\/(zh-cn\/)?/, '').replace(/\.mdx?$/, ''))
      .filter((p) => /^(status|failures|kinds|providers|clients)\//.test(p));
    expect(pages.filter((p) => !known.has(p))).toEqual([]);
  });

  it('every status and failure page opens with its variants table and renders its entries', () => {
    const pages = [...STATUSES.map((s) => [statusPath(s), `status={${s}}`]), ...FAILURES.map((f) => [failurePath(f), `failure="${f}"`])] as const;
    const wrong = pages.flatMap(([path, prop]) =>
      ['', '/zh-cn'].flatMap((locale) => {
        const text = read(pageFile(`${locale}${path}`)!.replace(`${ROOT}/`, ''));
        return text.includes(`<Variants ${prop} />`) && text.includes(`<EntryList ${prop} />`) ? [] : [`${locale}${path}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('pages show pastes from the catalogue instead of copying them', () => {
    expect(textFences()).toEqual([]);
  });
});

describe('facts are dated', () => {
  // The raw JSON, not the loaded catalogue: a source without a date must fail here with its file named.
  const files = listFiles('content/catalog/entries', ['.json']);
  const today = new Date().toISOString().slice(0, 10);

  it('every source of every entry says the day it was read, a real day not in the future', () => {
    const undated: string[] = [];
    for (const file of files) {
      const entry = JSON.parse(read(file)) as { sources?: { url: string; checked?: string }[] };
      for (const source of entry.sources ?? []) {
        const day = source.checked ?? '';
        const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(Date.parse(day)) && day <= today && day >= '2024-01-01';
        if (!valid) undated.push(`${file}: ${source.url} (${day || 'no date'})`);
      }
    }
    expect(files.length).toBeGreaterThan(100);
    expect(undated).toEqual([]);
  });
});

describe('entries, recipes and pastes agree', () => {
  it('every recipe fixes at least one entry', () => {
    expect(catalog.recipes.filter((r) => entriesUsingRecipe(catalog, r.id).length === 0).map((r) => r.id)).toEqual([]);
  });

  it('every entry is recognised in one of its own pastes (a wrapper at least among the matches)', () => {
    const unhit = catalog.entries.filter((e) =>
      !e.pastes.some((p) => {
        const d = classify(p.text);
        return d.entry === e.id || (e.wrapper === true && d.alternatives.some((a) => a.entry === e.id));
      }),
    );
    expect(unhit.map((e) => e.id)).toEqual([]);
  });

  it('every anchor that existed on 2026-12-02 still lands on its entry (tests/fixtures/anchors-2026-12-02.txt)', () => {
    const anchors = readFileSync(join(ROOT, 'tests/fixtures/anchors-2026-12-02.txt'), 'utf8').split('\n').filter(Boolean);
    expect(anchors.length).toBe(176);
    const broken = anchors.filter((anchor) => {
      const [path, id] = anchor.split('#') as [string, string];
      const entry = entryById(catalog, id);
      return !entry || entryHomePath(entry) !== path;
    });
    expect(broken).toEqual([]);
  });
});
