import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { indexProblems } from '../../src/site/search-index-integration';

/** The check that catches a search index Pagefind left incomplete (search-index-integration.ts). */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A small index laid out as Pagefind writes it: the entry file, one metadata file per language, fragments. */
function index(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'fragment'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const entry = JSON.stringify({ version: '1.5.2', languages: { en: { hash: 'en_1', page_count: 2 }, 'zh-cn': { hash: 'zh-cn_2', page_count: 2 } } });
/** Pagefind gzips each of its own files whole. */
const gz = (text: string) => gzipSync(text);
const complete = {
  'pagefind-entry.json': entry,
  'pagefind.en_1.pf_meta': gz('m'),
  'pagefind.zh-cn_2.pf_meta': gz('m'),
  'fragment/en_a.pf_fragment': gz('f'),
  'wasm.unknown.pagefind': gz('w'.repeat(5000)),
};

describe('indexProblems', () => {
  it('finds nothing wrong with a complete index', () => {
    expect(indexProblems(index(complete))).toEqual([]);
  });

  it('names an empty or unreadable entry file', () => {
    expect(indexProblems(index({ ...complete, 'pagefind-entry.json': '' }))[0]).toMatch(/^pagefind-entry\.json: /);
    expect(indexProblems(index({ ...complete, 'pagefind-entry.json': '{"languages":{}}' }))).toEqual(['pagefind-entry.json names no language']);
  });

  it('names a language whose metadata is missing or empty, and any other empty file', () => {
    const { ['pagefind.zh-cn_2.pf_meta']: _, ...noZh } = complete;
    expect(indexProblems(index(noZh))).toEqual(['pagefind.zh-cn_2.pf_meta is missing']);
    expect(indexProblems(index({ ...complete, 'pagefind.en_1.pf_meta': '' }))).toEqual(['pagefind.en_1.pf_meta is empty']);
    expect(indexProblems(index({ ...complete, 'fragment/en_a.pf_fragment': '' }))).toEqual([join('fragment', 'en_a.pf_fragment') + ' is empty']);
  });

  it('names a compressed file cut short, as a clean-clone CI run once left the Chinese WASM at 64 KiB', () => {
    const whole = gzipSync(Array.from({ length: 4000 }, (_, i) => `word${i}`).join(' '));
    expect(indexProblems(index({ ...complete, 'wasm.unknown.pagefind': whole }))).toEqual([]);
    expect(indexProblems(index({ ...complete, 'wasm.unknown.pagefind': whole.subarray(0, whole.length - 100) }))).toEqual(['wasm.unknown.pagefind is cut short']);
  });
});
