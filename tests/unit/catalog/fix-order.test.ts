import { describe, expect, it } from 'vitest';
import { entryById } from '../../../src/lib/catalog';
import { chosenFixes } from '../../../src/lib/catalog/chosen-fixes';
import { classify } from '../../../src/loader/classify';
import { loadCatalog } from '../../../src/loader/load-catalog';
import { pasteById } from '../../shared/pastes';

const catalog = loadCatalog();

function firstFix(pasteId: string): { retryable: boolean | null; first: string | undefined } {
  const d = classify(pasteById(pasteId).text);
  const entry = entryById(catalog, d.entry!)!;
  return { retryable: d.retryable, first: chosenFixes(catalog, entry, { client: d.client, provider: d.provider, sdk: d.sdk }, d.retryable)?.fixes[0]?.recipe.id };
}

describe('the first fix agrees with the retry verdict', () => {
  it('a per-day cap on an entry that is usually retried does not lead with retrying', () => {
    // A Gemini 429 on GenerateRequestsPerDayPerProjectPerModel-FreeTier: its entry's first recipe is retry-with-backoff.
    expect(firstFix('b13-void-gemini-free-rpd-25-557')).toEqual({ retryable: false, first: expect.not.stringMatching(/^retry-with-backoff$/) });
  });

  it('a per-minute limit still does', () => {
    const retryable = catalog.entries.flatMap((e) => e.pastes.map((p) => ({ e, p }))).find(({ e, p }) => e.id === 'gemini-resource-exhausted' && classify(p.text).retryable === true);
    expect(retryable).toBeDefined();
    expect(firstFix(retryable!.p.id)).toEqual({ retryable: true, first: 'retry-with-backoff' });
  });
});
