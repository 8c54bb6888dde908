import { expect, test } from '@playwright/test';
import { openDiagnose, paste } from './diagnose-helpers';
import { labelledPastes } from '../shared/pastes';

/** One page of every type, in both languages, plus the 404 page. */
const PAGES = [
  '/', '/diagnose/', '/status/429/', '/failures/tls/', '/kinds/rate-limit/', '/providers/relay/', '/clients/claude-code/',
  '/guides/retry-and-backoff/', '/zh-cn/', '/zh-cn/status/503/', '/zh-cn/clients/cherry-studio/', '/no-such-page/',
];

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

test('every page type loads only from its own origin and breaks no line of its Content-Security-Policy', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy, path).toContain("connect-src 'self'");
    expect(policy, path).toContain("default-src 'self'");
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), path).toEqual([]);
  }
  await openDiagnose(page);
  await paste(page, labelledPastes()[0]!.text);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('dialog .pagefind-ui__search-input').fill('overloaded');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 30_000 }); // Pagefind loads its index on the first search
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  expect(foreign).toEqual([]);
});

test('the policy stops a script injected into the page', async ({ page }) => {
  await page.goto('/diagnose/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = 1';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.join())).toContain('script-src');
});

test('the 404 page helps: it links the diagnose page and the status codes', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: /Diagnose/ }).first()).toBeVisible();
});

test('no other origin can frame the site: the server sends frame-ancestors and the build ships the same headers for static hosts', async ({ page, request }) => {
  const response = await request.get('/diagnose/');
  expect(response.headers()['x-frame-options']).toBe('DENY');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  const { readFileSync } = await import('node:fs');
  const headers = readFileSync('dist/_headers', 'utf8');
  expect(headers).toMatch(/^\/\*\n/);
  expect(headers).toContain("Content-Security-Policy: frame-ancestors 'none'");
  expect(headers).toContain('X-Frame-Options: DENY');

  // A page of another origin that frames the site gets an empty frame.
  const base = new URL(response.url());
  await page.setContent(`<iframe id="f" src="${base.origin}/diagnose/"></iframe>`, { waitUntil: 'load' });
  expect(page.frames()).toHaveLength(2);
  const framed = page.frames()[1]!;
  expect(await framed.locator('.dx').count().catch(() => 0)).toBe(0);
});
