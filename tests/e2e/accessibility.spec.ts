import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openDiagnose, paste } from './diagnose-helpers';
import { labelledPastes } from '../shared/pastes';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const path of ['/', '/status/429/', '/kinds/billing/', '/clients/cherry-studio/', '/zh-cn/status/503/', '/zh-cn/diagnose/']) {
  test(`${path} has no serious or critical accessibility violation`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('/diagnose/ has no serious or critical accessibility violation, empty and with a result, in both themes', async ({ page }) => {
  await openDiagnose(page);
  expect(await seriousViolations(page)).toEqual([]);
  await paste(page, labelledPastes().find((f) => f.expected.kind === 'billing')!.text);
  await expect(page.locator('.dx-result')).toHaveAttribute('data-kind', 'billing');
  expect(await seriousViolations(page)).toEqual([]);
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  expect(await seriousViolations(page)).toEqual([]);
});

test('/diagnose/ works on a 360 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openDiagnose(page);
  await paste(page, labelledPastes().find((f) => f.expected.kind === 'rate_limit')!.text);
  await expect(page.locator('.dx-result')).toHaveAttribute('data-kind', 'rate_limit');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});
