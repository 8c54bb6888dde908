import { expect, test } from '@playwright/test';
import { classifyInNode, generatedKey, openDiagnose, paste, result } from './diagnose-helpers';
import { loadCatalog } from '../../src/loader/load-catalog';
import { kindRecipesOf } from '../../src/site/diagnose-data';
import { pasteById } from '../shared/pastes';

const catalog = loadCatalog();
const { ui } = catalog;

test('a verdict that found only the kind still shows the fixes for that kind', async ({ page }) => {
  // A retired Gemini model in a ComfyUI node (ZHO-ZHO-ZHO/ComfyUI-Gemini#36): a model phrase, no entry of its own.
  const text = pasteById('b150-comfygemini-pro-vision-404-36').text;
  const [d] = classifyInNode([text]);
  expect(d!.entry).toBeNull();
  expect(d!.kind).not.toBe('unknown');
  const expected = kindRecipesOf(catalog)[d!.kind];
  expect(expected.length).toBeGreaterThan(0);
  await openDiagnose(page);
  await paste(page, text);
  await expect(result(page)).toHaveAttribute('data-kind', d!.kind);
  await expect(page.getByText(ui.en['kindFixNote']!)).toBeVisible();
  await expect(page.locator(`#dx-fix-panel .recipe[data-recipe="${expected[0]}"]`)).toBeVisible();
  // Its code is read too, as for an entry's fixes.
  await expect(page.locator('#dx-fix-panel figure.code-block').first()).toBeVisible();
  await expect(page.getByText(ui.en['codeLoading']!)).toHaveCount(0);
  // Every tab offers a fix, never only "not possible in this tool".
  for (const tab of await page.getByRole('tab').all()) {
    await tab.click();
    await expect(page.locator('#dx-fix-panel .recipe').first()).toBeVisible();
  }
});

test('an unrecognised paste offers a search for its telling line and a report that leaves nothing until clicked', async ({ page, context }) => {
  const key = generatedKey('sk-ant-api03-', 93);
  // No entry, phrase or status, and no words the word model leans on ("worker ... while" leans to server_error; since
  // the recount with b229-b234, an `x-api-key:` header line's "key" and "api" lean to auth).
  const text = `the frobnicator exploded while reticulating splines\nconfig: ${key}\nFatal: frobnicator failed to reticulate`;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await openDiagnose(page);
  const before = requests.length;
  await paste(page, text);
  await expect(result(page)).toHaveAttribute('data-kind', 'unknown');
  const search = page.getByRole('button', { name: /Search the reference for/ });
  await expect(search).toContainText('frobnicator failed to reticulate');
  expect(requests.slice(before).filter((u) => !u.startsWith(new URL(page.url()).origin))).toEqual([]);

  // The machine is offline: GitHub's new-issue form is answered locally, to read the URL the page opened.
  await context.route('https://github.com/**', (route) => route.fulfill({ body: 'new issue form' }));
  const popup = context.waitForEvent('page');
  await page.getByRole('button', { name: ui.en['reportMiss']! }).click();
  const report = await popup;
  await report.waitForURL(/\/issues\/new/);
  const url = new URL(report.url());
  expect(url.pathname).toMatch(/\/issues\/new$/);
  const body = url.searchParams.get('body')!;
  expect(body).toContain('frobnicator failed to reticulate');
  expect(body).not.toContain(key.slice(14));
  expect(url.searchParams.get('title')).toContain('frobnicator');
  await report.close();

  await search.click();
  await expect(page.locator('site-search .pagefind-ui__search-input')).toHaveValue('Fatal: frobnicator failed to reticulate');
});
