import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../../../src/lib/classify/normalize';
import { loadCatalog } from '../../../src/loader/load-catalog';
import { ROOT } from './source-files';

/**
 * Every literal the classifier matches — entry signals, kind hint phrases, provider, tool, client and SDK markers —
 * is exercised by a real paste of the catalogue, or named in tests/unit/tidy/unexercised-literals.json with the
 * reason it stays (Rust tidy's named exemptions). The list only shrinks: a listed literal that a paste now
 * exercises, or that no longer exists, must leave it.
 */
const catalog = loadCatalog();
const EXEMPT = JSON.parse(readFileSync(join(ROOT, 'tests/unit/tidy/unexercised-literals.json'), 'utf8')) as Record<string, Record<string, string>>;

function literals(): Map<string, string> {
  const found = new Map<string, string>();
  const add = (where: string, text: string) => found.set(`${where}: ${text}`, text);
  for (const e of catalog.entries) for (const s of e.signals) add(`signal ${e.id}`, s);
  for (const [id, kind] of Object.entries(catalog.kinds)) for (const g of kind.hints) for (const p of g.phrases) add(`hint ${id}`, p);
  for (const [id, p] of Object.entries(catalog.providers)) for (const m of p.markers) add(`provider ${id}`, m.text);
  for (const [id, t] of Object.entries(catalog.tools)) for (const m of t.markers) add(`tool ${id}`, m.text);
  for (const [id, c] of Object.entries(catalog.clients)) for (const m of c.markers) add(`client ${id}`, m.text);
  for (const [id, s] of Object.entries(catalog.sdks)) for (const m of s.markers) add(`sdk ${id}`, m.text);
  return found;
}

describe('every literal the classifier matches is exercised by a real paste', () => {
  const pastes = [...catalog.entries.flatMap((e) => e.pastes), ...catalog.unattributed].map((p) => foldForMatching(p.text));
  const all = literals();
  const exercised = (text: string) => pastes.some((p) => p.includes(foldForMatching(text).trim()));
  const exempt = new Map(Object.values(EXEMPT).flatMap((group) => Object.entries(group)));

  it('or is listed with its reason', () => {
    const missing = [...all].filter(([key, text]) => !exercised(text) && !exempt.has(key)).map(([key]) => key);
    expect(missing).toEqual([]);
  });

  it('the list only names literals that exist and still need it', () => {
    const stale = [...exempt.keys()].filter((key) => !all.has(key) || exercised(all.get(key)!));
    expect(stale).toEqual([]);
  });

  it('every exemption gives a reason', () => {
    expect([...exempt].filter(([, reason]) => reason.trim().length < 10).map(([key]) => key)).toEqual([]);
  });
});
