import { describe, expect, it } from 'vitest';
import { catalog, type Entry } from '../../../src/lib/catalog';
import { classify, type Diagnosis } from '../../../src/lib/classify';
import { kindSlug, KIND_IDS } from '../../../src/lib/taxonomy';
import { pageTextExamples, type PageExample } from './docs-pages';

/** STYLE.md section 4: every `text` example on a page is a test — it must classify as its page says. */

const entryOf = (d: Diagnosis): Entry | undefined => catalog.entries.find((e) => e.id === d.entry);
const FAILURE_KIND: Record<string, string> = { timeout: 'timeout', connection: 'connection', dns: 'dns', tls: 'tls' };

function agrees(example: PageExample, d: Diagnosis): boolean {
  const [, slug = ''] = example.page.split('/');
  const entry = entryOf(d);
  switch (example.section) {
    case 'status': {
      const status = Number(slug);
      const kindsHere = new Set(catalog.entries.filter((e) => e.statuses.includes(status as never)).map((e) => e.kind));
      return d.status === status || Boolean(entry?.statuses.includes(status as never)) || (d.status === null && kindsHere.has(d.kind));
    }
    case 'failures': {
      const kindsHere = new Set(catalog.entries.filter((e) => e.failure === slug).map((e) => e.kind));
      return d.kind === FAILURE_KIND[slug] || kindsHere.has(d.kind) || entry?.failure === slug;
    }
    case 'kinds':
      return KIND_IDS.some((k) => kindSlug(k) === slug && k === d.kind);
    case 'providers':
      return d.provider === slug || Boolean(entry?.providers.includes(slug as never));
    case 'clients':
      return d.client === slug || Boolean(entry?.clients.includes(slug as never));
    default:
      return true;
  }
}

describe('page examples classify as their page says', () => {
  const examples = pageTextExamples().filter((e) => ['status', 'failures', 'kinds', 'providers', 'clients'].includes(e.section));

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it('every example agrees with its page', () => {
    const wrong = examples
      .map((example) => ({ example, d: classify(example.text) }))
      .filter(({ example, d }) => !agrees(example, d))
      .map(({ example, d }) => `${example.page} [${example.title}]: got ${d.kind} / status ${d.status} / ${d.entry ?? '-'} / ${d.provider ?? '-'} / ${d.client ?? '-'}`);
    expect(wrong).toEqual([]);
  });
});
