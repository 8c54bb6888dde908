import { describe, expect, it } from 'vitest';
import { classify } from '../../src/loader/classify';
import { isRequestIdShape } from '../../src/lib/classify/extract-meta';
import { guessedFromWords, guessRetryable } from '../../src/lib/classify/types';
import type { UiStrings } from '../../src/lib/i18n';
import { retryVerdict } from '../../src/lib/retry-verdict';
import { decodeVerdict, diagnosisOfVerdict, encodeVerdict } from '../../src/lib/share-verdict';
import { readTraining } from '../../src/loader/read-training';
import { loadCatalog } from '../../src/loader/load-catalog';
import { labelledPastes, pasteById } from '../shared/pastes';

const catalog = loadCatalog();
const known = { entries: Object.fromEntries(catalog.entries.map((e) => [e.id, { kind: e.kind }])), kinds: Object.keys(catalog.kinds), isRequestId: isRequestIdShape };
/** What the island passes: whether the kind was a guess, and a guessed kind's retry answer. */
const link = (d: Parameters<typeof guessedFromWords>[0] & Parameters<typeof encodeVerdict>[0]) => encodeVerdict(d, guessedFromWords(d));
const pastes = labelledPastes(catalog);

describe('a verdict link', () => {
  it('carries a status the paste printed', () => {
    const d = classify(pasteById('b16-gm-ha-429-quota-limit-zero-132832', pastes).text);
    expect(d.statusFrom).toBe('text');
    expect(decodeVerdict(link(d), known)?.status).toBe(d.status);
  });

  it("leaves out a kind's usual status, which the receiving page would show as the response's own (aledipa/Free-GPT4-WEB-API#69)", () => {
    const d = classify(pasteById('b155-freegpt4-hourly-request-limit-69', pastes).text);
    expect([d.status, d.statusFrom]).toEqual([429, 'kind']);
    const shared = decodeVerdict(link(d), known);
    expect(shared).toMatchObject({ kind: 'rate_limit', status: null });
  });

  it("keeps a kind guessed from the words a guess on the receiving page, with no ground to retry (simonw/llm-mistral#6)", () => {
    const d = classify(readTraining().find((p) => p.id === 'b105-llm-mistral-nokey-6')!.text);
    expect(guessedFromWords(d)).toBe(true);
    const shared = decodeVerdict(link(d), known)!;
    expect(shared).toMatchObject({ kind: d.kind, entry: null, guessed: true });
    const received = diagnosisOfVerdict(shared, { retryable: true, provider: null, guessRetryable });
    expect([guessedFromWords(received), received.retryable, received.confidence < 0.6]).toEqual([true, false, true]);
    expect(retryVerdict(received, undefined, { ui: catalog.ui.en as UiStrings, lang: 'en', tools: catalog.tools }).tone).toBe('unknown');
  });

  it('keeps an overload guessed from the words a reason to wait, on both pages (BenedictKing/ccx#250)', () => {
    const d = classify(readTraining().find((p) => p.id === 'b232-ccx-empty-response-overloaded-250')!.text);
    expect([guessedFromWords(d), d.kind, d.retryable]).toEqual([true, 'overloaded', true]);
    const context = { ui: catalog.ui.en as UiStrings, lang: 'en' as const, tools: catalog.tools };
    expect(retryVerdict(d, undefined, context).tone).toBe('retry');
    const received = diagnosisOfVerdict(decodeVerdict(link(d), known)!, { retryable: true, provider: null, guessRetryable });
    expect([received.retryable, retryVerdict(received, undefined, context).tone]).toEqual([true, 'retry']);
  });
});
