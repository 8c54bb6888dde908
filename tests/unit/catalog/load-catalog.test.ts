import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogError, readCatalog } from '../../../src/loader/load-catalog';

/** The loader on a copy of the real catalogue, broken one way at a time: every problem names its file, item and field. */

const ROOT = join(import.meta.dirname, '..', '..', '..');
const ENTRY = 'content/catalog/entries/anthropic/anthropic-overloaded.json';
const RECIPE = 'content/catalog/recipes/retry-with-backoff';
let root = '';

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'catalog-'));
  cpSync(join(ROOT, 'content/catalog'), join(root, 'content/catalog'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;
const write = (path: string, data: unknown) => writeFileSync(join(root, path), typeof data === 'string' ? data : JSON.stringify(data));

function problems(): string[] {
  try {
    readCatalog(root);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return (error as CatalogError).problems;
  }
  return [];
}

describe('readCatalog', () => {
  it('reads the real catalogue: ids from file names, families from folders, variants from files', () => {
    const catalog = readCatalog(root);
    const entry = catalog.entries.find((e) => e.id === 'anthropic-overloaded');
    expect(entry?.family).toBe('anthropic');
    expect(entry?.pastes.length).toBeGreaterThan(0);
    const recipe = catalog.recipes.find((r) => r.id === 'retry-with-backoff');
    expect(recipe?.variants.some((v) => v.file?.name.startsWith('python.'))).toBe(true);
    expect(Object.keys(catalog.ui.en).sort()).toEqual(Object.keys(catalog.ui['zh-cn']).sort());
  });

  it.each([
    ['a kind outside the taxonomy', { kind: 'quota' }, 'field "kind"'],
    ['the unknown kind', { kind: 'unknown' }, 'field "kind"'],
    ['a status without a page', { statuses: [418] }, 'field "statuses.0"'],
    ['no sources', { sources: [] }, 'every entry needs at least one source'],
    ['no recipes', { recipes: [] }, 'every entry needs at least one recipe'],
    ['no pastes', { pastes: [] }, 'every entry needs at least one real paste'],
    ['a paste without a source', { pastes: [{ id: 'p-x', lang: 'en', client: null, provider: null, text: 'x' }] }, 'field "pastes.0.source"'],
    ['a retryable given as a string', { retry: { retryable: 'yes', advice: { en: 'a', 'zh-cn': '重试' }, sdkRetries: true } }, 'field "retry.retryable"'],
    ['a bad checked date', { sources: [{ url: 'https://x.example', checked: 'yesterday' }] }, 'must be a date YYYY-MM-DD'],
    ['no status and no failure page', { statuses: [] }, 'needs a failure page'],
    ['an unknown field', { severity: 'high' }, 'severity'],
    ['an id inside the file (the file name is the id)', { id: 'anthropic-overloaded' }, "Unrecognized key(s) in object: 'id'"],
    ['a Chinese title not in Chinese', { title: { en: 'Overloaded', 'zh-cn': 'Overloaded' } }, 'must be written in Chinese'],
    ['an unknown recipe', { recipes: ['retry-with-backoff', 'pray'] }, 'unknown recipe "pray"'],
  ])('rejects %s, naming file and field', (_label, patch, expected) => {
    write(ENTRY, { ...read(ENTRY), ...patch });
    const found = problems();
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(ENTRY);
    expect(found[0]).toContain(expected);
  });

  it('rejects the same entry id in two families and the same paste id twice', () => {
    mkdirSync(join(root, 'content/catalog/entries/elsewhere'));
    write('content/catalog/entries/elsewhere/anthropic-overloaded.json', read(ENTRY));
    const found = problems();
    expect(found.some((p) => p.includes('entry id "anthropic-overloaded" is also used'))).toBe(true);
    expect(found.some((p) => p.includes('is used twice'))).toBe(true);
  });

  it.each([
    ['a file of an unknown tool', 'fortran.f90', 'is named <tool>[.<sdk>].<ext>'],
    ['a Python file with the wrong extension', 'python.openai.js', 'a python file ends with .py'],
    ['an SDK the tool does not have', 'curl.google-genai.sh', '"google-genai" is not an SDK of curl'],
  ])('rejects %s in a recipe folder', (_label, name, expected) => {
    write(`${RECIPE}/${name}`, 'x\n');
    const found = problems();
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`${RECIPE}/${name}`);
    expect(found[0]).toContain(expected);
  });

  it('rejects invalid JSON and stray files', () => {
    write(ENTRY, '{ not json');
    write('content/catalog/notes.txt', 'hello');
    const found = problems();
    expect(found.some((p) => p.startsWith(`${ENTRY}: not valid JSON`))).toBe(true);
    expect(found.some((p) => p.includes('notes.txt: not part of the catalogue layout'))).toBe(true);
  });

  it('rejects a UI string missing in one locale', () => {
    const zh = read('content/catalog/ui/zh-cn.json');
    delete zh['copy'];
    write('content/catalog/ui/zh-cn.json', zh);
    expect(problems()).toEqual([expect.stringContaining('content/catalog/ui/zh-cn.json: keys differ from en.json (missing: copy')]);
  });

  it('collects every problem in one error instead of stopping at the first', () => {
    write(ENTRY, { ...read(ENTRY), kind: 'x', statuses: [999] });
    expect(problems().length).toBeGreaterThanOrEqual(2);
  });
});
