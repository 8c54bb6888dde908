import { expect, test, type Page } from '@playwright/test';
import { openDiagnose, paste, pasteHuge, result } from './diagnose-helpers';
import { labelledPastes } from '../shared/pastes';

/** Hostile pastes: each would run `window.__xss = 1`, open a dialog or fetch something if rendered as HTML. */
const XSS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1">',
  '<svg><script>window.__xss=1</script></svg>',
  '<iframe src="javascript:window.parent.__xss=1"></iframe>',
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '<body onload=window.__xss=1>',
  '<details open ontoggle="window.__xss=1">',
  '<video><source onerror="window.__xss=1"></video>',
  '<input autofocus onfocus="window.__xss=1">',
  '<marquee onstart="window.__xss=1">',
  '<object data="javascript:window.__xss=1"></object>',
  '<embed src="javascript:window.__xss=1">',
  '<link rel=stylesheet href="https://example.com/x.css">',
  '<style>@import "https://example.com/x.css";</style>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=1">',
  '<base href="https://example.com/">',
  '<form><button formaction="javascript:window.__xss=1">x</button></form>',
  '</textarea><script>window.__xss=1</script>',
  '</pre><img src=x onerror=window.__xss=1>',
  '<template><script>window.__xss=1</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '<math><mi xlink:href="javascript:window.__xss=1">x</mi></math>',
  '<a href="javascript:window.__xss=1" id="xss-link">click</a>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
  '\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e',
  '{"error":{"message":"<img src=x onerror=window.__xss=1>","type":"invalid_request_error"}}',
  "Error code: 400 - {'error': {'message': '<svg/onload=window.__xss=1>', 'type': 'invalid_request_error'}}",
  'data: {"error":{"message":"<script>window.__xss=1</script>","type":"server_error"}}',
  'API Error: 529 {"type":"error","error":{"type":"overloaded_error","message":"<img src=x onerror=alert(1)>"}}',
  '<img src="https://example.com/pixel.gif">',
];

function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  return requests;
}

test(`${XSS.length} hostile pastes are shown as text and never run`, async ({ page }) => {
  expect(XSS.length).toBeGreaterThanOrEqual(30);
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openDiagnose(page);
  const requests = recordRequests(page);
  for (const payload of XSS) {
    await paste(page, payload);
    await expect(result(page)).not.toHaveAttribute('data-kind', '');
    await expect(page.locator('.dx-echo')).toContainText(payload.slice(0, 20));
  }
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toBe(0);
  expect(await page.locator('.dx script, .dx img, .dx iframe, .dx svg, .dx object, .dx embed, #xss-link').count()).toBe(0);
  expect(requests).toEqual([]);
});

test('pasting and diagnosing make no network request at all', async ({ page }) => {
  await openDiagnose(page);
  const requests = recordRequests(page);
  for (const fixture of labelledPastes().filter((_, i) => i % 40 === 0)) {
    await paste(page, fixture.text);
    await expect(result(page)).not.toHaveAttribute('data-kind', '');
  }
  await page.locator('.dx-chip').first().click();
  await page.getByRole('tab').last().click();
  await page.waitForTimeout(300);
  expect(requests).toEqual([]);
});

test('a 1 MB paste is diagnosed whole, the box shows its start, the echo its end, and the page stays usable', async ({ page }) => {
  await openDiagnose(page);
  const line = '2026-11-23T10:00:00Z INFO request ok path=/v1/chat/completions status=200\n';
  const big = line.repeat(Math.ceil((1024 * 1024) / line.length)) + 'curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received';
  await pasteHuge(page, big);
  await expect(result(page)).toHaveAttribute('data-kind', 'timeout');
  const shown = await page.locator('#dx-input').inputValue();
  expect(shown.length).toBeGreaterThan(1000);
  expect(shown.length).toBeLessThanOrEqual(16 * 1024);
  expect(big.startsWith(shown)).toBe(true);
  await expect(page.locator('.dx-shortened')).toContainText('1.0 MB');
  await expect(page.locator('.dx-echo')).toContainText('Operation timed out after 30001');
  await paste(page, 'curl: (6) Could not resolve host: api.openai.com');
  await expect(result(page)).toHaveAttribute('data-kind', 'dns');
});

test('100,000 blank lines before the error: the verdict comes and the echo folds the blank run instead of laying it out', async ({ page }) => {
  await openDiagnose(page);
  const text = '\n'.repeat(100_000) + 'curl: (6) Could not resolve host: api.openai.com';
  await pasteHuge(page, text);
  await expect(result(page)).toHaveAttribute('data-kind', 'dns');
  const echo = await page.locator('.dx-echo').textContent();
  expect(echo!.split('\n').length).toBeLessThan(20);
  expect(echo).toContain('⋯');
  expect(echo).toContain('Could not resolve host');
});

test('a forged share link that inflates to 20 MB is refused at once, and a second link in the same tab replaces the first', async ({ page }) => {
  const { deflateRawSync } = await import('node:zlib');
  const { readFileSync } = await import('node:fs');
  const ui = JSON.parse(readFileSync('content/catalog/ui/en.json', 'utf8')) as Record<string, string>;
  const fragment = (text: string | Buffer) => `#p=z${deflateRawSync(typeof text === 'string' ? Buffer.from(text) : text).toString('base64url')}`;
  const bomb = fragment(Buffer.alloc(20 * 1024 * 1024, 10));
  await page.goto(`/diagnose/${bomb}`);
  await expect(page.getByText(ui['sharedTooLarge']!.replace('{n}', '64'))).toBeVisible();
  expect(await page.locator('#dx-input').inputValue()).toBe('');

  const [first, second] = labelledPastes().filter((p) => p.lang === 'en' && p.text.length < 2000).slice(0, 2);
  await page.goto(`/diagnose/${fragment(first!.text)}`);
  await expect(page.locator('#dx-input')).toHaveValue(first!.text);
  await page.evaluate((hash) => (location.hash = hash), fragment(second!.text));
  await expect(page.locator('#dx-input')).toHaveValue(second!.text);
});
