import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/loader/load-catalog';
import { readTraining } from '../../../src/loader/read-training';
import { wordModelOf } from '../../../src/loader/word-model';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const HELD_OUT = join(ROOT, 'tests', 'fixtures', 'held-out');

describe('the word model and its pastes', () => {
  it('is what the catalogue and training pastes add up to (run `npm run word-model` after changing pastes)', () => {
    const catalog = loadCatalog();
    const { kinds, pastes, words } = catalog.wordModel;
    expect({ kinds, pastes, words }).toEqual(wordModelOf(catalog, ROOT));
  });

  it('counts no held-out paste: no training paste shares an id or a text with one', () => {
    const held = readdirSync(HELD_OUT)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(HELD_OUT, f), 'utf8').split('\n').filter((l) => l.trim()))
      .map((l) => JSON.parse(l) as { id: string; text: string });
    const heldIds = new Set(held.map((h) => h.id));
    const heldTexts = new Set(held.map((h) => h.text));
    // (The catalogue's own pastes predate this split: signals were written from them, and a few share a short text,
    // such as "Request failed with status code 401", with a held-out paste from another thread.)
    const training = readTraining(ROOT);
    expect(training.filter((t) => heldIds.has(t.id) || heldTexts.has(t.text)).map((t) => t.id)).toEqual([]);
  });
});
