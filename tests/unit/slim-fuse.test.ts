import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { slimFuse } from '../../src/site/slim-fuse';

const require = createRequire(import.meta.url);
const FUSE_BASIC = require.resolve('fuse.js/basic').replace(/fuse\.basic\.[\w.]+$/, 'fuse.basic.mjs');

type Transformed = { code: string } | null;

function transform(code: string, id: string): { result: Transformed; warnings: string[] } {
  const warnings: string[] = [];
  const hook = slimFuse().transform as (this: unknown, code: string, id: string) => Transformed;
  const result = hook.call({ warn: (message: string) => warnings.push(message) }, code, id);
  return { result, warnings };
}

describe('slim-fuse', () => {
  it('swaps the combining-marks table in the installed Fuse.js for \\p{M}, and nothing else', () => {
    const source = readFileSync(FUSE_BASIC, 'utf8');
    const { result, warnings } = transform(source, FUSE_BASIC);
    expect(warnings).toEqual([]);
    expect(result).not.toBeNull();
    expect(result!.code).not.toContain('\\u0483');
    expect(result!.code).toContain(".replace(/\\p{M}/gu, '')");
    expect(source.length - result!.code.length).toBeGreaterThan(1500);
    // Everything outside the table and the two unused static helpers is unchanged.
    const start = source.indexOf('/[\\u0300-');
    const end = source.indexOf(']/g', start) + 3;
    const expected = `${source.slice(0, start)}/\\p{M}/gu${source.slice(end)}`.replace('Fuse.parseIndex = parseIndex;\n', '').replace('{\n  Fuse.parseQuery = parse;\n}\n', '');
    expect(result!.code).toBe(expected);
    expect(result!.code).not.toContain('Fuse.parseQuery');
    expect(result!.code).not.toContain('Fuse.parseIndex');
    expect(result!.code).toContain('Fuse.createIndex = createIndex;');
  });

  it('strips the same diacritics the table did', () => {
    const stripped = 'Ångström café naïve Việt'.normalize('NFD').replace(/\p{M}/gu, '');
    expect(stripped).toBe('Angstrom cafe naive Viet');
  });

  it('leaves other modules alone and warns when Fuse no longer holds the table', () => {
    expect(transform('const a = /[\\u0300-\\u036F]/g;', '/repo/src/lib/x.ts').result).toBeNull();
    const { result, warnings } = transform('export default class Fuse {}', '/repo/node_modules/fuse.js/dist/fuse.basic.mjs');
    expect(result).toBeNull();
    expect(warnings).toHaveLength(1);
    // The table without the helpers: swapped, with a warning for each helper it no longer finds.
    const tableOnly = transform('const a = /[\\u0300-\\u036F\\u1AB0]/g;', '/repo/node_modules/fuse.js/dist/fuse.basic.mjs');
    expect(tableOnly.result!.code).toBe('const a = /\\p{M}/gu;');
    expect(tableOnly.warnings).toHaveLength(2);
  });
});
