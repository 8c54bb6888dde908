import { expect, test } from '@playwright/test';
import { classifyInNode, openDiagnose, paste, result } from './diagnose-helpers';
import { publishedCatalog } from './catalog-data';
import { loadCatalog } from '../../src/loader/load-catalog';
import { labelledPastes } from '../shared/pastes';

const zh = loadCatalog().ui['zh-cn'];

const relayPaste = labelledPastes().find((f) => f.lang === 'zh-cn' && f.provider === 'relay' && f.expected.kind === 'model_not_found')!;

test('the Chinese diagnose page answers a Chinese relay error in Chinese', async ({ page, request }) => {
  const [d] = classifyInNode([relayPaste.text]);
  const catalog = await publishedCatalog(request);
  const entry = catalog.entries.find((e) => e.id === d!.entry)!;
  await openDiagnose(page, '/zh-cn/diagnose/');
  await expect(page.getByLabel(zh['pasteLabel']!)).toBeVisible();
  await paste(page, relayPaste.text);
  await expect(result(page)).toHaveAttribute('data-kind', d!.kind);
  await expect(result(page)).toHaveAttribute('data-entry', d!.entry!);
  await expect(result(page).getByRole('heading', { level: 2 })).toHaveText(entry.title['zh-cn']!);
  await expect(result(page)).toContainText(zh['verdictFix']!);
  await expect(result(page).getByRole('link', { name: new RegExp(zh['entryLink']!) })).toHaveAttribute('href', new RegExp(`^/zh-cn/status/\\d{3}/#${entry.id}$`));
  await expect(page.getByRole('tab', { selected: true })).toBeVisible();
});

test('a Chinese status page renders its entries in Chinese with the same anchors', async ({ page, request }) => {
  const catalog = await publishedCatalog(request);
  const entry = catalog.entries.find((e) => e.id === 'relay-no-available-channel')!;
  await page.goto(`/zh-cn/status/${entry.statuses[0]}/#${entry.id}`);
  const section = page.locator(`section[data-entry="${entry.id}"]`);
  await expect(section.getByRole('heading', { level: 3 })).toHaveText(entry.title['zh-cn']!);
  await expect(page.locator(`[id="${entry.id}"]`)).toBeInViewport();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('the language picker switches between the English and Chinese page', async ({ page }) => {
  await page.goto('/status/429/');
  await page.getByRole('combobox', { name: /Select language/ }).first().selectOption({ label: '简体中文' });
  await expect(page).toHaveURL(/\/zh-cn\/status\/429\/$/);
});

test('site search finds Chinese text on the Chinese site', async ({ page }) => {
  await page.goto('/zh-cn/');
  await page.getByRole('button', { name: /搜索|Search/ }).first().click();
  await page.locator('dialog .pagefind-ui__search-input').fill('无可用渠道');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 30_000 }); // Pagefind loads its index on the first search
  const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.some((href) => href?.startsWith('/zh-cn/'))).toBe(true);
});
