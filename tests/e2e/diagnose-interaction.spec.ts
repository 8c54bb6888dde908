import { expect, test } from '@playwright/test';
import { classifyInNode, generatedKey, openDiagnose, paste, result } from './diagnose-helpers';
import { loadCatalog } from '../../src/loader/load-catalog';
import { labelledPastes, pasteById } from '../shared/pastes';

const fixtures = labelledPastes();
const { ui, tools, clients, entries, recipes } = loadCatalog();
const withRequestId = pasteById('c-cc-529-body-docs-link-39745', fixtures);
const rateLimit = pasteById('p-oa-429-tpm-continue-10502', fixtures);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the request id is shown and its copy button copies it', async ({ page }) => {
  const [d] = classifyInNode([withRequestId.text]);
  await openDiagnose(page);
  await paste(page, withRequestId.text);
  const line = page.locator('.dx-request-id');
  await expect(line).toContainText(d!.requestId!);
  await line.getByRole('button', { name: ui.en['copy']! }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(d!.requestId);
});

// Markdown as the page renders it: link text, no marks.
const plain = (text: string) => text.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/[`*_]/g, '');

test('"More detail" shows the whole cause and the advice, which the data the verdict waits for leaves out', async ({ page }) => {
  const [d] = classifyInNode([withRequestId.text]);
  const entry = entries.find((e) => e.id === d!.entry)!;
  const later = plain(entry.cause.en).split(/(?<=\.) /).slice(1).join(' ').slice(0, 40);
  expect(later.length).toBeGreaterThan(10);
  await openDiagnose(page);
  await paste(page, withRequestId.text);
  await expect(page.locator('.dx-cause')).not.toContainText(later);
  await page.locator('.dx-detail summary').click();
  await expect(page.locator('.dx-detail')).toContainText(later);
  await expect(page.locator('.dx-detail')).toContainText(plain(entry.retry.advice.en).slice(0, 40));
});

test('fix tabs open on the detected tool, switch with arrow keys, and their snippets copy', async ({ page }) => {
  const python = fixtures.find((f) => f.client === 'python' && f.expected.kind === 'billing')!;
  await openDiagnose(page);
  await paste(page, python.text);
  const tabs = page.getByRole('tab');
  await expect(page.getByRole('tab', { selected: true })).toHaveText(tools.python.name.en);
  await page.getByRole('tab', { selected: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { selected: true })).toHaveText(tools.node.name.en);
  await expect(tabs.nth(1)).toBeFocused();
  // Each fix explains itself above its code, in the words its recipe gives that tool and SDK (from the details file).
  const shown = page.locator('#dx-fix-panel .recipe').first();
  const [recipeId, tool, sdk] = await Promise.all(['data-recipe', 'data-tool', 'data-sdk'].map((a) => shown.getAttribute(a)));
  const variant = recipes.find((r) => r.id === recipeId)!.variants.find((v) => v.tool === tool && (v.sdk ?? '') === sdk)!;
  await expect(shown).toContainText(plain(variant.text.en).slice(0, 40));
  const block = page.locator('#dx-fix-panel figure.code-block').first();
  await block.getByRole('button', { name: ui.en['copy']! }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await block.locator('pre').textContent());
});

test('the card names a traceback\'s runtime as its runtime, and a program by its own marker as the printer', async ({ page }) => {
  // An httpcore TLS failure in aider's traceback that names aider nowhere, then aider's own line under LiteLLM's error.
  const traceback = pasteById('n-py-httpcore-ssl-local-issuer-aider-2175', fixtures);
  const aider = pasteById('b493-aider-anthropic-20k-itpm-2491', fixtures);
  await openDiagnose(page);
  await paste(page, traceback.text);
  await expect(page.locator('.dx-meta')).toContainText(`${ui.en['runtime']}: ${tools.python.name.en}`);
  await expect(page.locator('.dx-meta')).not.toContainText(ui.en['client']!);
  await paste(page, aider.text);
  await expect(page.locator('.dx-meta')).toContainText(`${ui.en['client']}: ${clients['aider']!.name.en}`);
});

test('the share link carries the redacted paste in the fragment and reproduces the diagnosis', async ({ page, browser }) => {
  const key = generatedKey('sk-proj-', 64);
  const text = `${rateLimit.text}\nAuthorization: Bearer ${key}`;
  await openDiagnose(page);
  await paste(page, text);
  await expect(page.locator('.dx-secrets')).toHaveText('Removed: 1 × API key, 1 × user or organisation id');
  await expect(page.locator('.dx-echo')).not.toContainText(key.slice(8));
  await page.getByRole('button', { name: ui.en['shareWithPaste']! }).click();
  const link = await page.locator('.dx-share-link').inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const url = new URL(link);
  expect(url.search).toBe('');
  expect(url.hash).toMatch(/^#p=[zu][A-Za-z0-9_-]+$/);
  expect(link).not.toContain(key.slice(8, 20));
  const kind = await result(page).getAttribute('data-kind');
  const entry = await result(page).getAttribute('data-entry');

  const other = await browser.newPage();
  await other.goto(link);
  await expect(other.locator('.dx-result')).toHaveAttribute('data-kind', kind!);
  await expect(other.locator('.dx-result')).toHaveAttribute('data-entry', entry!);
  const shared = await other.locator('#dx-input').inputValue();
  expect(shared).toContain('Bearer sk-proj-[REDACTED]');
  expect(shared).not.toContain(key.slice(8));
  await expect(other.getByText(ui.en['sharedLoaded']!)).toBeVisible();
  await other.close();
});

test('a verdict link carries no paste, reopens the same verdict and request id, and accepts only what it can check', async ({ page, browser }) => {
  const key = generatedKey('sk-proj-', 64);
  const [d] = classifyInNode([withRequestId.text]);
  await openDiagnose(page);
  await paste(page, `${withRequestId.text}\nx-api-key: ${key}`);
  await page.getByRole('button', { name: ui.en['shareVerdict']! }).click();
  const link = new URL(await page.locator('.dx-share-link').inputValue());
  expect(link.hash.length).toBeLessThan(200);
  expect(link.hash).not.toContain(key.slice(8, 20));
  expect(link.hash).not.toContain('p=');

  const other = await browser.newPage();
  await other.goto(link.href);
  await expect(other.locator('.dx-result')).toHaveAttribute('data-entry', d!.entry!);
  await expect(other.locator('.dx-result')).toHaveAttribute('data-kind', d!.kind);
  await expect(other.locator('.dx-request-id code')).toHaveText(d!.requestId!);
  await expect(other.locator('#dx-input')).toHaveValue('');
  await expect(other.getByText(ui.en['sharedVerdict']!)).toBeVisible();

  // A forged verdict link: a request id in no provider's shape is dropped, an entry the catalogue lacks is refused.
  await other.goto(`/diagnose/#v=${d!.entry}&k=${d!.kind}&r=CALL-555-0100-AND-SEND-YOUR-KEY`);
  await other.reload();
  await expect(other.locator('.dx-result')).toHaveAttribute('data-entry', d!.entry!);
  await expect(other.locator('.dx-request-id')).toHaveCount(0);
  await other.goto('/diagnose/#v=no-such-entry&k=auth');
  await other.reload();
  await expect(other.getByText(ui.en['sharedBroken']!)).toBeVisible();
  await other.close();
});

test('a damaged share link says so instead of failing silently', async ({ page }) => {
  await page.goto('/diagnose/#p=zNOT-REALLY-DEFLATE');
  await expect(page.getByText(ui.en['sharedBroken']!)).toBeVisible();
});

test('the example chips fill the paste box and diagnose it', async ({ page }) => {
  await openDiagnose(page);
  const chips = page.locator('.dx-chip');
  const count = await chips.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < count; i++) {
    await chips.nth(i).click();
    const text = await page.locator('#dx-input').inputValue();
    const [d] = classifyInNode([text]);
    await expect(result(page)).toHaveAttribute('data-entry', d!.entry ?? '');
  }
});

test('keyboard only: reach the box, type, pick a chip, move through the tabs', async ({ page }) => {
  await openDiagnose(page);
  for (let i = 0; i < 80 && !(await page.locator('#dx-input').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(page.locator('#dx-input')).toBeFocused();
  await page.keyboard.type('curl: (28) Operation timed out after 30001 milliseconds with 0 bytes received');
  await expect(result(page)).toHaveAttribute('data-kind', 'timeout');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(result(page)).not.toHaveAttribute('data-kind', 'timeout');
  for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.getAttribute('role'))) !== 'tab'; i++) await page.keyboard.press('Tab');
  const before = await page.getByRole('tab', { selected: true }).textContent();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { selected: true })).not.toHaveText(before!);
});

test('the home page box gives a short verdict and opens the full diagnosis with the same paste', async ({ page }) => {
  await openDiagnose(page, '/');
  await paste(page, rateLimit.text);
  const entry = await result(page).getAttribute('data-entry');
  const open = page.getByRole('link', { name: ui.en['openFull']! });
  await expect(open).toHaveAttribute('href', /^\/diagnose\/#p=/);
  await open.click();
  await expect(page.locator('.dx-result')).toHaveAttribute('data-entry', entry!);
});
