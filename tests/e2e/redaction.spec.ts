import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { generatedKeys, secretPart } from '../shared/generated-keys';
import { openDiagnose, paste, ROOT } from './diagnose-helpers';

const keys = generatedKeys();
/** A paste with every key format in the places people leave them: headers, env lines, JSON, URLs. */
const text = [
  "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}",
  ...keys.map((k, i) =>
    [`Authorization: Bearer ${k.key}`, `x-api-key: ${k.key}`, `export OPENAI_API_KEY=${k.key}`, `{"api_key": "${k.key}"}`, `curl https://h.example/v1?key=${k.key}`, `token ${k.key} here`][i % 6],
  ),
].join('\n');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test(`${keys.length} key formats never reach the page, the share link or the clipboard`, async ({ page }) => {
  expect(keys.length).toBeGreaterThanOrEqual(12);
  await openDiagnose(page);
  await paste(page, text);
  await expect(page.locator('.dx-result')).toHaveAttribute('data-kind', 'auth');
  // "Removed: 9 × API key, 3 × token, …": every key counted, by type, before anything is shared.
  const summary = (await page.locator('.dx-secrets').textContent())!;
  expect(summary).toMatch(/^Removed: /);
  expect([...summary.matchAll(/(\d+) × /g)].reduce((sum, m) => sum + Number(m[1]), 0)).toBe(keys.length);
  await page.getByRole('button', { name: 'Copy a link with the paste' }).click();
  const link = await page.locator('.dx-share-link').inputValue();
  const rendered = await page.locator('.dx').evaluate((el) => (el as HTMLElement).innerText + el.innerHTML);
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  for (const k of keys) {
    expect(rendered, k.label).not.toContain(secretPart(k));
    expect(decodeURIComponent(link), k.label).not.toContain(secretPart(k));
    expect(clipboard, k.label).not.toContain(secretPart(k));
  }
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.locator('.dx-result')).toHaveAttribute('data-kind', 'auth');
  const shared = await other.locator('#dx-input').inputValue();
  for (const k of keys) expect(shared, k.label).not.toContain(secretPart(k));
});

test('the CLI output, human and JSON, carries no key either', () => {
  for (const args of [[], ['--json']]) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/diagnose.ts', ...args], { cwd: ROOT, input: text, encoding: 'utf8' });
    expect(run.status).toBe(0);
    for (const k of keys) expect(run.stdout, `${k.label} ${args.join(' ')}`).not.toContain(secretPart(k));
  }
});
