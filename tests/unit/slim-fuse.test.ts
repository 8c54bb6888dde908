import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Fuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { slimFuse } from '../../src/site/slim-fuse';
import { labelledPastes } from '../shared/pastes';

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
  it('swaps the combining-marks table in the installed Fuse.js for \\p{M}, and leaves out the unused helpers and methods', () => {
    const source = readFileSync(FUSE_BASIC, 'utf8');
    const { result, warnings } = transform(source, FUSE_BASIC);
    expect(warnings).toEqual([]);
    expect(result).not.toBeNull();
    expect(result!.code).not.toContain('\\u0483');
    expect(result!.code).toContain(".replace(/\\p{M}/gu, '')");
    expect(result!.code).not.toContain('Fuse.parseQuery');
    expect(result!.code).not.toContain('Fuse.parseIndex');
    expect(result!.code).toContain('Fuse.createIndex = createIndex;');
    for (const gone of ['removeAt(idx) {', 'getIndex() {', '_findMatches(', 'getValueForItemAtKeyId(', 'this._addObject(doc, idx)', 'records: this.records', 'MISSING_KEY_PROPERTY(', 'const deepGet']) {
      expect(result!.code).not.toContain(gone);
    }
    for (const kept of ['_searchStringList(query) {', '_addString(doc, docIndex) {', 'size() {', 'setCollection(docs, index) {']) {
      expect(result!.code).toContain(kept);
    }
    expect(source.length - result!.code.length).toBeGreaterThan(5000);
  });

  it('searches a list of strings as the installed Fuse.js does, and says so if asked for anything else', () => {
    const { result } = transform(readFileSync(FUSE_BASIC, 'utf8'), FUSE_BASIC);
    // The module has no imports and one export: run it as a function body that returns the class.
    const EXPORT = 'export { Fuse as default };';
    expect(result!.code.trimEnd().endsWith(EXPORT)).toBe(true);
    const Slim = new Function(result!.code.replace(EXPORT, 'return Fuse;'))() as typeof Fuse;
    // The options the classifier's fuzzy fallback passes (src/lib/classify/fuzzy.ts), over lines of real pastes.
    const options = { includeScore: true, threshold: 0.2, ignoreLocation: true, minMatchCharLength: 8, isCaseSensitive: true };
    const lines = labelledPastes().slice(0, 200).flatMap((p) => p.text.split('\n')).filter((l) => l.trim().length > 0);
    const queries = ['rate limit exceeded', 'overloaded_error', 'invalid api key', 'context length exceeded', 'connection reset by peer'];
    for (const query of queries) {
      expect(new Slim(lines, options).search(query, { limit: 1 })).toEqual(new Fuse(lines, options).search(query, { limit: 1 }));
    }
    expect(queries.some((q) => new Slim(lines, options).search(q, { limit: 1 }).length > 0)).toBe(true);
    expect(() => new Slim([{ title: 'rate limit' }], { keys: ['title'] })).toThrow(/lists of strings only/);
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
    // The table without the helpers and methods: swapped, with a warning for each helper and method it no longer finds.
    const tableOnly = transform('const a = /[\\u0300-\\u036F\\u1AB0]/g;', '/repo/node_modules/fuse.js/dist/fuse.basic.mjs');
    expect(tableOnly.result!.code).toBe('const a = /\\p{M}/gu;');
    expect(tableOnly.warnings).toHaveLength(8);
  });
});
