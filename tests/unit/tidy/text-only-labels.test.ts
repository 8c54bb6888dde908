import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTraining } from '../../../src/loader/read-training';
import { isKindId } from '../../../src/lib/taxonomy';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const HELD_OUT = join(ROOT, 'tests', 'fixtures', 'held-out');

interface ReaderLabels {
  id: string;
  sample: string;
  kind: string;
  retryable: unknown;
  status: unknown;
  sure: string;
}

const labels = readFileSync(join(ROOT, 'tests', 'fixtures', 'text-only-labels.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as ReaderLabels);

describe('the text-only labels (tests/fixtures/text-only-labels.jsonl, read by npm run bench)', () => {
  it('each label one real paste, well formed', () => {
    const heldIds = readdirSync(HELD_OUT)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(HELD_OUT, f), 'utf8').split('\n').filter((l) => l.trim()))
      .map((l) => (JSON.parse(l) as { id: string }).id);
    const known = new Set([...heldIds, ...readTraining(ROOT).map((t) => t.id)]);
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
    const bad = labels.filter(
      (l) =>
        !known.has(l.id) ||
        !isKindId(l.kind) ||
        ![true, false, null].includes(l.retryable as boolean | null) ||
        !(l.status === null || (Number.isInteger(l.status) && (l.status as number) >= 100 && (l.status as number) < 600)) ||
        !['high', 'medium', 'low'].includes(l.sure) ||
        !['training', 'first-contact'].includes(l.sample),
    );
    expect(bad.map((l) => l.id)).toEqual([]);
  });
});
