import { expect, test } from '@playwright/test';
import { byCommonness } from '../../src/lib/catalog';
import { CJK_CHAR } from '../../src/lib/cjk';
import { entryHomePath, localePath } from '../../src/lib/urls';
import { loadCatalog } from '../../src/loader/load-catalog';
import { SEARCH_RANKING } from '../../src/site/search-ranking';

/**
 * Site search finds messages: 15 English and 15 Chinese message strings (the longest signal of an entry), each must
 * bring its entry's page into the top 3 results with the entry's own anchor among that page's matches.
 */
const catalog = loadCatalog();
const longest = (signals: readonly string[]) => [...signals].sort((a, b) => b.length - a.length)[0] ?? '';
const english = [...catalog.entries]
  .sort(byCommonness)
  .map((e) => ({ entry: e, query: longest(e.signals.filter((s) => !CJK_CHAR.test(s) && s.length >= 16 && s.length <= 80)) }))
  .filter((c) => c.query)
  .slice(0, 15);
const chineseAll = [...catalog.entries]
  .sort((a, b) => a.id.localeCompare(b.id))
  .map((e) => ({ entry: e, query: longest(e.signals.filter((s) => [...s].filter((c) => CJK_CHAR.test(c)).length >= 4)) }))
  .filter((c) => c.query);
const chinese = chineseAll.filter((_, i) => i % Math.max(1, Math.floor(chineseAll.length / 15)) === 0).slice(0, 15);

test('the message strings are 15 in each language', () => {
  expect(english).toHaveLength(15);
  expect(chinese).toHaveLength(15);
});

for (const [lang, cases] of [['en', english], ['zh-cn', chinese]] as const) {
  test(`searching ${cases.length} ${lang} messages finds each entry in the top 3 pages, under its own anchor`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(lang === 'en' ? '/' : '/zh-cn/');
    const missed: string[] = [];
    for (const { entry, query } of cases) {
      const pageUrl = localePath(entryHomePath(entry), lang);
      // Pagefind's own API with the ranking the site's search dialog uses.
      const found = (await page.evaluate(
        async ([q, pageUrl, anchor, ranking]) => {
          const pagefind = await import('/pagefind/pagefind.js' as string);
          await pagefind.options({ ranking });
          const search = await pagefind.search(q);
          const top = await Promise.all(search.results.slice(0, 3).map((r: { data: () => Promise<unknown> }) => r.data()));
          return top.some((d) => {
            const data = d as { url: string; sub_results: { url: string }[] };
            return data.url === pageUrl && data.sub_results.some((s) => s.url.endsWith(`#${anchor}`));
          });
        },
        [query, pageUrl, entry.id, SEARCH_RANKING] as const,
      )) as boolean;
      if (!found) missed.push(`${entry.id}: ${query}`);
    }
    expect(missed).toEqual([]);
  });
}

test('the search dialog speaks Chinese on the Chinese site', async ({ page }) => {
  await page.goto('/zh-cn/');
  await page.locator('site-search button[data-open-modal]').click();
  const input = page.locator('site-search .pagefind-ui__search-input');
  await input.fill('完全不存在的词语组合');
  await expect(page.locator('site-search .pagefind-ui__message')).toContainText('没有找到');
});
