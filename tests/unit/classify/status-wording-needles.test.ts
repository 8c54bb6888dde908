import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogIndex } from '../../../src/loader/classify';
import { labelledPastes } from '../../shared/pastes';

/**
 * A status wording with `needs` is skipped on a text that holds none of them, so every text it matches must hold one.
 * Checked on every real paste the project has (the catalogue's and the held-out set, which this test only reads
 * mechanically) and on the examples the wordings' comments quote where no such paste has them.
 */
const HELD_OUT = join(import.meta.dirname, '..', '..', 'fixtures', 'held-out');
const heldOut = readdirSync(HELD_OUT).flatMap((file) =>
  readFileSync(join(HELD_OUT, file), 'utf8').split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { text: string }).text),
);
const QUOTED = ['Google Gemini API 400 Error: "User location is not supported"'];
const texts = [...labelledPastes().map((p) => p.text), ...heldOut, ...QUOTED];
const wordings = catalogIndex().statusPatterns;

const matchesOf = (pattern: RegExp, text: string) => [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))];

describe('status wordings: the strings a text needs before it is searched', () => {
  it.each(wordings.filter((w) => w.needs).map((w) => [w.label, w] as const))('%s: every text it matches holds one', (_label, wording) => {
    const missed = texts.filter((text) => matchesOf(wording.pattern, text).length > 0 && !wording.needs!.some((n) => text.toLowerCase().includes(n)));
    expect(missed.map((t) => t.slice(0, 120))).toEqual([]);
  });

  it('needles are lower case, so the lowered text holds them whatever the case of the paste', () => {
    for (const w of wordings) for (const n of w.needs ?? []) expect(n).toBe(n.toLowerCase());
  });

  it('each wording with needles matches some real paste, so the check above is not empty', () => {
    const unexercised = wordings.filter((w) => w.needs && !texts.some((text) => matchesOf(w.pattern, text).length > 0)).map((w) => w.pattern.source);
    expect(unexercised).toEqual([]);
  });
});
