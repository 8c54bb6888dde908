import { deflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { openDiagnose, pasteHuge, result } from './diagnose-helpers';
import { labelledPastes } from '../shared/pastes';

/** A long real paste (a traceback of many lines), the kind that used to push the verdict below the fold. */
const paste = [...labelledPastes()].filter((p) => p.expected.kind !== 'unknown').sort((a, b) => b.text.split('\n').length - a.text.split('\n').length)[0]!;

/** The verdict's top edge lies inside the window, below the site's sticky header. */
async function verdictInFirstScreen(page: Page): Promise<void> {
  const verdict = page.locator('.dx-result .dx-verdict');
  await expect(verdict).toBeVisible();
  await expect.poll(async () => {
    const top = await verdict.evaluate((el) => el.getBoundingClientRect().top);
    const height = await page.evaluate(() => innerHeight);
    return top >= 0 && top < height - 40;
  }).toBe(true);
}

for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    for (const path of ['/', '/diagnose/', '/zh-cn/diagnose/']) {
      test(`the verdict of a pasted traceback is in the first screen on ${path}`, async ({ page }) => {
        await openDiagnose(page, path);
        await pasteHuge(page, paste.text);
        await expect(result(page)).not.toHaveAttribute('data-kind', '');
        await verdictInFirstScreen(page);
      });
    }

    test('a shared link opens on its verdict', async ({ page }) => {
      await page.goto(`/diagnose/#p=z${deflateRawSync(Buffer.from(paste.text)).toString('base64url')}`);
      await expect(result(page)).not.toHaveAttribute('data-kind', '');
      await verdictInFirstScreen(page);
    });
  });
}

test('a screen reader hears the verdict: one polite status line with the retry verdict and the title', async ({ page }) => {
  await openDiagnose(page);
  await pasteHuge(page, paste.text);
  const status = page.locator('.dx > p.sr-only[role="status"]');
  await expect(status).toContainText(await page.locator('.dx-result .dx-verdict strong').innerText());
  await expect(status).toContainText(await page.locator('.dx-result .dx-title').innerText());
});
