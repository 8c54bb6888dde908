import { describe, expect, it } from 'vitest';
import { KIND_IDS } from '../../../src/lib/taxonomy';
import { loadCatalog } from '../../../src/loader/load-catalog';
import { classify } from '../../../src/loader/classify';
import { labelledPastes } from '../../shared/pastes';

/**
 * A regression check, not an accuracy measure: the catalogue's signals were written from these pastes, so they
 * must keep classifying as their entry says. Accuracy on pastes nobody tuned on is recorded in tests/fixtures/README.md.
 */
const catalog = loadCatalog();
const pastes = labelledPastes(catalog);
const results = pastes.map((paste) => ({ paste, diagnosis: classify(paste.text) }));

function confusionTable(): string {
  const kinds = KIND_IDS.filter((k) => results.some((r) => r.paste.expected.kind === k || r.diagnosis.kind === k));
  const rows = [['expected \\ got', ...kinds.map((k) => k.slice(0, 6))].join('\t')];
  for (const expected of kinds) {
    const counts = kinds.map((got) => results.filter((r) => r.paste.expected.kind === expected && r.diagnosis.kind === got).length);
    if (counts.some(Boolean)) rows.push([expected, ...counts.map((c) => (c ? String(c) : '.'))].join('\t'));
  }
  return rows.join('\n');
}

describe('the pastes the catalogue was written from', () => {
  it('are many, unique, and a fifth of them Chinese', () => {
    expect(pastes.length).toBeGreaterThanOrEqual(600);
    expect(new Set(pastes.map((p) => p.id)).size).toBe(pastes.length);
    expect(pastes.filter((p) => p.lang === 'zh-cn').length / pastes.length).toBeGreaterThanOrEqual(0.2);
  });

  it('keep their kind (>= 95 %) and retry verdict (>= 97.5 %)', () => {
    const kindRight = results.filter((r) => r.diagnosis.kind === r.paste.expected.kind).length / results.length;
    // Retry is kept where the paste's thread tells it (a few adopted pastes carry null: the thread never said).
    const told = results.filter((r) => r.paste.expected.retryable !== null);
    const retryRight = told.filter((r) => r.diagnosis.retryable === r.paste.expected.retryable).length / told.length;
    const misses = results
      .filter((r) => r.diagnosis.kind !== r.paste.expected.kind)
      .map((r) => `  ${r.paste.id}: expected ${r.paste.expected.kind}, got ${r.diagnosis.kind} (${r.diagnosis.entry ?? '-'})`);
    console.log(`kind ${(kindRight * 100).toFixed(1)} %, retry ${(retryRight * 100).toFixed(1)} % over ${results.length} known pastes\n${confusionTable()}\n${misses.join('\n')}`);
    expect(kindRight).toBeGreaterThanOrEqual(0.95);
    // 0.975 since the plain words of a failed connection with no entry behind them ("fetch failed", "Connection
    // error", 连接错误) say to fix the path first: seven early unattributed pastes labelled retryable lost their verdict,
    // against 44 gained and 4 lost on the training halves, whose threads found a proxy, base URL or server to fix.
    expect(retryRight).toBeGreaterThanOrEqual(0.975);
  });

  it('name the entry that owns them (>= 95 %)', () => {
    const owned = results.filter((r) => r.paste.owner !== null);
    const right = owned.filter((r) => r.diagnosis.entry === r.paste.owner);
    expect(right.length / owned.length).toBeGreaterThanOrEqual(0.95);
  });

  it('give the status they state (>= 90 %)', () => {
    const stated = results.filter((r) => typeof r.paste.expected.status === 'number');
    expect(stated.length).toBeGreaterThan(250);
    expect(stated.filter((r) => r.diagnosis.status === r.paste.expected.status).length / stated.length).toBeGreaterThanOrEqual(0.9);
  });
});
