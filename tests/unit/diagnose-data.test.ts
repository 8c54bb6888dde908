import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/lib/catalog/ids';
import { expandDiagnoseData, fixTextKey } from '../../src/lib/diagnose-data';
import { entryPath, localePath } from '../../src/lib/urls';
import { buildDiagnoseData, buildDiagnoseDetails } from '../../src/site/diagnose-data';
import { loadCatalog } from '../../src/loader/load-catalog';

const catalog = loadCatalog();
const urls = { codeUrl: '/data/fixes.json', detailsUrl: '/data/details.json' };

describe.each(LANGS)('the island data in %s', (lang) => {
  const data = buildDiagnoseData(catalog, lang, urls);
  const details = buildDiagnoseDetails(catalog, lang);

  it('carries each entry\'s first sentence only; the details file has the whole cause and the advice', () => {
    for (const e of catalog.entries) {
      const view = data.entries[e.id]!;
      const full = details.entries[e.id]!;
      expect(full).toEqual({ cause: e.cause[lang], advice: e.retry.advice[lang] });
      expect(view.lead.length).toBeGreaterThan(0);
      expect(e.cause[lang].startsWith(view.lead)).toBe(true);
      expect(JSON.stringify(view)).not.toContain(JSON.stringify(e.retry.advice[lang]));
    }
    expect(data.detailsUrl).toBe(urls.detailsUrl);
  });

  it("gives each entry back its id and its section's URL when the island reads the file, which spells neither out", () => {
    const wire = JSON.parse(JSON.stringify(data)) as typeof data;
    expect(Object.values(wire.entries).filter((e) => 'id' in e || 'url' in e)).toEqual([]);
    const expanded = expandDiagnoseData(wire);
    for (const e of catalog.entries) {
      expect(expanded.entries[e.id]).toMatchObject({ id: e.id, url: localePath(entryPath(e), lang), title: e.title[lang] });
    }
  });

  it('leaves out the retry fields that say nothing, and the island reads each back as the entry has it', () => {
    const wire = JSON.parse(JSON.stringify(data)) as typeof data;
    const spelled = Object.values(wire.entries).flatMap((e) => ['retryable', 'sdkRetries', 'waitSeconds', 'after'].filter((k) => k in e));
    expect(spelled.length).toBeLessThan(catalog.entries.length * 2);
    const expanded = expandDiagnoseData(wire);
    for (const e of catalog.entries) {
      const { retryable, sdkRetries, waitSeconds = null, after = null } = e.retry;
      expect(expanded.entries[e.id]).toMatchObject({ retryable, sdkRetries, waitSeconds, after });
    }
  });

  it("takes each entry's kind, providers and clients from its classifier entry, which carries them already", () => {
    const wire = JSON.parse(JSON.stringify(data)) as typeof data;
    expect(Object.values(wire.entries).filter((e) => 'kind' in e || 'providers' in e || 'clients' in e)).toEqual([]);
    const expanded = expandDiagnoseData(wire);
    for (const e of catalog.entries) {
      expect(expanded.entries[e.id]).toMatchObject({ kind: e.kind, providers: e.providers, clients: e.clients, retryable: e.retry.retryable });
    }
  });

  it('spells them out for a deprecated entry, which the classifier leaves out', () => {
    const [first, ...rest] = catalog.entries;
    const old = { ...first!, deprecated: 'kept for old links', retry: { ...first!.retry, retryable: true } };
    const wire = JSON.parse(JSON.stringify(buildDiagnoseData({ ...catalog, entries: [old, ...rest] }, lang, urls))) as typeof data;
    expect(wire.classifier.entries.some((c) => c.id === old.id)).toBe(false);
    expect(expandDiagnoseData(wire).entries[old.id]).toMatchObject({ kind: old.kind, providers: old.providers, clients: old.clients, retryable: true });
  });

  it('leaves at least a third of the entries\' cause text out of the data the verdict waits for', () => {
    const causeChars = catalog.entries.reduce((n, e) => n + e.cause[lang].length, 0);
    const leadChars = Object.values(data.entries).reduce((n, v) => n + v.lead.length, 0);
    expect(leadChars).toBeLessThan((causeChars * 2) / 3);
  });

  it('keeps each fix\'s explanation in the details file, keyed by recipe and variant, and out of the data', () => {
    for (const r of catalog.recipes) {
      const view = data.recipes[r.id]!;
      expect(view.variants.map((v) => v.key)).toEqual(r.variants.map((v) => v.key));
      for (const v of r.variants) {
        expect(details.fixes[fixTextKey(r.id, v.key)]).toBe(v.text[lang]);
        expect(JSON.stringify(view)).not.toContain(JSON.stringify(v.text[lang]));
      }
    }
  });
});
