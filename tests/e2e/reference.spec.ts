import { expect, test } from '@playwright/test';
import { entryPath, statusPath } from '../../src/lib/urls';
import { loadCatalog } from '../../src/loader/load-catalog';
import { entriesHomedAt, publishedCatalog } from './catalog-data';

test('the home page starts with the paste box, lists the ten errors people hit most, and links the reference', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI API Errors');
  await expect(page.locator('main')).toContainText('whether retrying can help');
  const box = page.getByLabel('Paste an error, traceback, log or curl output');
  await expect(box).toBeInViewport();
  const common = page.locator('.common-errors li a');
  await expect(common).toHaveCount(10);
  const first = await common.first().getAttribute('href');
  expect(first).toMatch(/^\/(status\/\d{3}|failures\/[a-z-]+)\/#[a-z0-9-]+$/);
  await common.first().click();
  await expect(page.locator(`[id="${first!.split('#')[1]}"]`)).toBeInViewport();
  await page.goto('/');
  await page.getByRole('link', { name: 'HTTP status' }).click();
  await expect(page).toHaveURL(/\/status\/429\/$/);
});

test('a status page opens with its variants, most commonly hit first, then every entry with a paste and a fix', async ({ page, request }) => {
  const catalog = await publishedCatalog(request);
  const all = catalog.entries.filter((e) => e.statuses.includes(429 as never));
  const homed = entriesHomedAt(catalog, statusPath(429));
  expect(homed.length).toBeGreaterThan(0);
  await page.goto(statusPath(429));
  const rows = page.locator('table.variants tbody tr');
  await expect(rows).toHaveCount(all.length);
  const pasteCounts = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-entry')));
  const counts = pasteCounts.map((id) => catalog.entries.find((e) => e.id === id)!.pastes.length);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await expect(page.locator('section.entry')).toHaveCount(homed.length);
  for (const entry of homed) {
    const section = page.locator(`section[data-entry="${entry.id}"]`);
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(entry.title.en);
    await expect(section).toHaveAttribute('data-kind', entry.kind);
    await expect(section).toHaveAttribute('data-retryable', String(entry.retry.retryable));
    await expect(section.locator(`figure.paste[data-paste="${entry.pastes[0]!.id}"]`)).toBeVisible();
    expect(await section.locator('figure.code-block').count()).toBeLessThanOrEqual(1);
    await expect(section.locator('.fix-links a').first()).toHaveAttribute('href', /^\/fixes\/[a-z0-9-]+\/$/);
  }
});

test('a fix page shows every tool and SDK of its recipe in tabs', async ({ page, request }) => {
  const catalog = await publishedCatalog(request);
  const recipe = catalog.recipes.find((r) => r.id === 'retry-with-backoff')!;
  await page.goto(`/fixes/${recipe.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(recipe.title.en);
  const tools = [...new Set(recipe.variants.map((v) => v.tool))];
  await expect(page.getByRole('tab')).toHaveCount(tools.length);
  await expect(page.locator('.recipe-variant')).toHaveCount(recipe.variants.length);
  const files = recipe.variants.filter((v) => v.file).length;
  await expect(page.locator('.recipe-variant figure.code-block')).toHaveCount(files);
});

test('an anchor link scrolls its entry into view', async ({ page, request }) => {
  const catalog = await publishedCatalog(request);
  const entries = entriesHomedAt(catalog, statusPath(429));
  const last = entries[entries.length - 1]!;
  await page.goto(entryPath(last));
  await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
});

test('a code snippet copy button copies the snippet', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(statusPath(429));
  // Entry sections keep their code folded: open it as a reader would.
  await page.locator('section.entry details.fix-code summary').first().click();
  const block = page.locator('section.entry figure.code-block').first();
  await block.getByRole('button', { name: loadCatalog().ui.en['copy']! }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await block.locator('pre').textContent());
  expect(copied.length).toBeGreaterThan(0);
});

test('site search finds an entry by its error message', async ({ page, request }) => {
  const catalog = await publishedCatalog(request);
  const entry = entriesHomedAt(catalog, statusPath(429))[0]!;
  const signal = [...entry.signals].sort((a, b) => b.length - a.length)[0]!;
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('dialog .pagefind-ui__search-input').fill(signal);
  // Pagefind fetches its index on the first search: a loaded two-core CI machine has taken over 10 s.
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 30_000 });
  // Results arrive a few at a time; read them, and ask for more as a reader would, until the page shows up.
  const links = page.locator('dialog .pagefind-ui__result-link, dialog .pagefind-ui__result-title a');
  await expect
    .poll(
      async () => {
        const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href') ?? ''));
        if (hrefs.some((href) => href.includes(statusPath(429)))) return true;
        const more = page.locator('dialog .pagefind-ui__button');
        if (await more.isVisible()) await more.click();
        return false;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
});

test('every entry on a status page shows the day its sources were last verified', async ({ page }) => {
  const catalog = loadCatalog();
  for (const path of ['/status/429/', '/zh-cn/status/429/']) {
    await page.goto(path);
    const shown = await page.locator('section.entry').evaluateAll((sections) =>
      sections.map((s) => [s.getAttribute('data-entry'), s.querySelector('.entry-verified time')?.getAttribute('datetime') ?? null]),
    );
    expect(shown.length).toBeGreaterThan(5);
    for (const [id, day] of shown) {
      const entry = catalog.entries.find((e) => e.id === id)!;
      expect(day, id!).toBe(entry.sources.map((s) => s.checked).sort().at(-1));
    }
  }
});
