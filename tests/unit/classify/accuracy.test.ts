import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/classify';
import { KIND_IDS } from '../../../src/lib/taxonomy';
import { loadFixtures } from './fixtures';

const fixtures = loadFixtures();
const results = fixtures.map((fixture) => ({ fixture, diagnosis: classify(fixture.text) }));

function confusionTable(): string {
  const kinds = KIND_IDS.filter((k) => results.some((r) => r.fixture.expected.kind === k || r.diagnosis.kind === k));
  const abbrev = (k: string) => k.slice(0, 6);
  const rows = [['expected \\ got', ...kinds.map(abbrev)].join('\t')];
  for (const expected of kinds) {
    const counts = kinds.map((got) => results.filter((r) => r.fixture.expected.kind === expected && r.diagnosis.kind === got).length);
    if (counts.some(Boolean)) rows.push([expected, ...counts.map((c) => (c ? String(c) : '.'))].join('\t'));
  }
  return rows.join('\n');
}

describe('accuracy on the corpus of real pastes', () => {
  it('has a corpus large enough to mean something', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(250);
    expect(new Set(fixtures.map((f) => f.id)).size).toBe(fixtures.length);
    expect(fixtures.filter((f) => f.lang === 'zh').length / fixtures.length).toBeGreaterThanOrEqual(0.2);
  });

  it('gets the kind right >= 95 % and the retry verdict right >= 98 %', () => {
    const kindRight = results.filter((r) => r.diagnosis.kind === r.fixture.expected.kind);
    const retryRight = results.filter((r) => r.diagnosis.retryable === r.fixture.expected.retryable);
    const misses = results
      .filter((r) => r.diagnosis.kind !== r.fixture.expected.kind)
      .map((r) => `  ${r.fixture.id}: expected ${r.fixture.expected.kind}, got ${r.diagnosis.kind} (${r.diagnosis.entry ?? '-'})`);
    const kindRate = kindRight.length / results.length;
    const retryRate = retryRight.length / results.length;
    console.log(
      `kind ${(kindRate * 100).toFixed(1)} %, retryable ${(retryRate * 100).toFixed(1)} % over ${results.length} pastes\n` +
        `${confusionTable()}\n${misses.length ? `misses:\n${misses.join('\n')}` : ''}`,
    );
    expect(kindRate).toBeGreaterThanOrEqual(0.95);
    expect(retryRate).toBeGreaterThanOrEqual(0.98);
  });

  it('reads the status the paste states', () => {
    const stated = results.filter((r) => r.fixture.expected.status !== null);
    const right = stated.filter((r) => r.diagnosis.status === r.fixture.expected.status);
    expect(right.length / stated.length).toBeGreaterThanOrEqual(0.9);
  });
});
