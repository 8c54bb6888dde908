import { describe, expect, it } from 'vitest';
import { entryById } from '../../../src/lib/catalog';
import type { Diagnosis } from '../../../src/lib/classify';
import { KIND_IDS } from '../../../src/lib/taxonomy';
import { kindSlug } from '../../../src/lib/urls';
import { classify } from '../../../src/loader/classify';
import { loadCatalog } from '../../../src/loader/load-catalog';
import { labelledPastes, pasteById } from '../../shared/pastes';
import { pagePastes, type PagePastes } from './docs-pages';

/** STYLE.md section 4: every paste a page shows is a test — it must classify as its page says. */

const catalog = loadCatalog();
const pastes = labelledPastes(catalog);

/**
 * Named exemptions (Rust tidy style): pastes a page shows although the classifier still misses what the page says
 * about them. Each names the reason; the test fails when an exempted paste starts to pass, so the list only shrinks.
 */
const KNOWN_MISSES: Record<string, string> = {
};

function agrees(page: PagePastes, d: Diagnosis): boolean {
  const [, slug = ''] = page.page.split('/');
  const entry = d.entry ? entryById(catalog, d.entry) : undefined;
  switch (page.section) {
    case 'kinds':
      return KIND_IDS.some((k) => kindSlug(k) === slug && k === d.kind);
    case 'providers':
      return d.provider === slug || Boolean(entry?.providers.includes(slug as never));
    case 'clients':
      return (d.client ?? d.runtime) === slug || Boolean(entry?.clients.includes(slug as never));
    default:
      return d.kind !== 'unknown';
  }
}

describe('pastes shown on pages', () => {
  const pages = pagePastes();

  it('are found, and every id exists in the catalogue', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(() => pages.flatMap((p) => p.ids).forEach((id) => pasteById(id, pastes))).not.toThrow();
  });

  const results = pages.flatMap((page) => page.ids.map((id) => ({ key: `${page.page} ${id}`, ok: agrees(page, classify(pasteById(id, pastes).text)) })));

  it('classify as their page says', () => {
    expect(results.filter((r) => !r.ok && !(r.key in KNOWN_MISSES)).map((r) => r.key)).toEqual([]);
  });

  it('exemptions expire: an exempted paste that now passes must leave the list', () => {
    expect(Object.keys(KNOWN_MISSES).filter((key) => results.some((r) => r.key === key && r.ok))).toEqual([]);
    expect(Object.keys(KNOWN_MISSES).filter((key) => !results.some((r) => r.key === key))).toEqual([]);
  });
});
