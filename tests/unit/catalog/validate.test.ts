import { describe, expect, it } from 'vitest';
import { catalogFiles } from '../../../src/lib/catalog/files';
import { CatalogError, validateCatalog, type CatalogFile } from '../../../src/lib/catalog/validate';

const recipe = {
  id: 'retry-with-backoff',
  title: { en: 'Retry with backoff', 'zh-cn': '退避重试' },
  summary: { en: 'Wait longer after each failure.', 'zh-cn': '每次失败后等待更久。' },
  variants: { curl: { text: { en: 'Use --retry.', 'zh-cn': '使用 --retry。' }, code: 'curl --retry 5 https://example.com', lang: 'bash' } },
  sources: [{ url: 'https://curl.se/docs/manpage.html', checked: '2026-11-23' }],
};

const entry = {
  id: 'anthropic-overloaded',
  kind: 'overloaded',
  statuses: [529],
  providers: ['anthropic'],
  title: { en: 'Anthropic API overloaded', 'zh-cn': 'Anthropic API 过载' },
  cause: { en: 'The API is out of capacity for everyone.', 'zh-cn': 'API 对所有用户都容量不足。' },
  retry: { retryable: true, advice: { en: 'Retry with backoff.', 'zh-cn': '带退避重试。' }, sdkRetries: true },
  signals: ['overloaded_error'],
  example: { text: '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', label: 'body', source: 'https://example.com/x' },
  recipes: ['retry-with-backoff'],
  sources: [{ url: 'https://docs.anthropic.com/en/api/errors', checked: '2026-11-23' }],
};

const files = (entries: unknown[], recipes: unknown[] = [recipe]): CatalogFile[] => [
  { file: 'content/catalog/entries/test.json', data: { entries } },
  { file: 'content/catalog/recipes/test.json', data: { recipes } },
];

function problemsOf(input: CatalogFile[]): string[] {
  try {
    validateCatalog(input);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return (error as CatalogError).problems;
  }
  return [];
}

describe('validateCatalog', () => {
  it('accepts a valid entry and applies defaults', () => {
    const catalog = validateCatalog(files([entry]));
    expect(catalog.entries[0]?.clients).toEqual([]);
    expect(catalog.entries[0]?.avoid).toEqual([]);
    expect(catalog.recipes[0]?.id).toBe('retry-with-backoff');
  });

  it.each([
    ['a kind outside the taxonomy', { kind: 'quota' }, 'field "kind"'],
    ['the unknown kind', { kind: 'unknown' }, 'field "kind"'],
    ['a status without a page', { statuses: [418] }, 'field "statuses.0"'],
    ['a non-kebab id', { id: 'Anthropic_Overloaded' }, 'must be kebab-case'],
    ['no sources', { sources: [] }, 'every entry needs at least one source'],
    ['no recipes', { recipes: [] }, 'every entry needs at least one recipe'],
    ['a retryable given as a string', { retry: { ...entry.retry, retryable: 'yes' } }, 'field "retry.retryable"'],
    ['a bad checked date', { sources: [{ url: 'https://x.example', checked: 'yesterday' }] }, 'must be a date YYYY-MM-DD'],
    ['no status and no failure page', { statuses: [] }, 'needs a failure page'],
    ['an unknown field', { severity: 'high' }, 'severity'],
    ['a missing English title', { title: { 'zh-cn': '过载' } }, 'field "title.en"'],
    ['a missing Chinese title', { title: { en: 'Overloaded' } }, 'Chinese (zh-cn) text is required'],
    ['a Chinese title not in Chinese', { title: { en: 'Overloaded', 'zh-cn': 'Overloaded' } }, 'must be written in Chinese'],
  ])('rejects %s with a message naming file, id and field', (_label, patch, expected) => {
    const problems = problemsOf(files([{ ...entry, ...patch }]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/catalog/entries/test.json: entry "');
    expect(problems[0]).toContain(expected);
  });

  it('rejects unknown recipe ids', () => {
    const problems = problemsOf(files([{ ...entry, recipes: ['retry-with-backoff', 'pray'] }]));
    expect(problems).toEqual([
      'content/catalog/entries/test.json: entry "anthropic-overloaded" field "recipes.1": unknown recipe id "pray"',
    ]);
  });

  it('rejects duplicate ids, also across entries and recipes', () => {
    const problems = problemsOf(files([entry, entry, { ...entry, id: 'retry-with-backoff' }]));
    expect(problems).toHaveLength(2);
    expect(problems).toContain(
      'content/catalog/entries/test.json: entry "anthropic-overloaded" field "id": duplicate id, already used in content/catalog/entries/test.json',
    );
    expect(problems).toContain(
      'content/catalog/recipes/test.json: recipe "retry-with-backoff" field "id": duplicate id, already used in content/catalog/entries/test.json',
    );
  });

  it('rejects a recipe variant with code but no language', () => {
    const bad = { ...recipe, variants: { curl: { text: { en: 'x', 'zh-cn': '示例' }, code: 'curl x' } } };
    expect(problemsOf(files([entry], [bad]))[0]).toContain('recipe "retry-with-backoff" field "variants.curl.lang"');
  });

  it('rejects a file that is not an object of arrays', () => {
    expect(problemsOf([{ file: 'content/catalog/entries/bad.json', data: [] }])[0]).toBe(
      'content/catalog/entries/bad.json: must be an object with "entries" and/or "recipes" arrays',
    );
  });

  it('collects every problem in one error instead of stopping at the first', () => {
    const problems = problemsOf(files([{ ...entry, kind: 'x' }, { ...entry, id: 'b', statuses: [999] }]));
    expect(problems.length).toBeGreaterThanOrEqual(2);
  });

  it('accepts the real catalogue', () => {
    const catalog = validateCatalog(catalogFiles);
    expect(catalog.entries.length + catalog.recipes.length).toBeGreaterThanOrEqual(0);
  });
});
