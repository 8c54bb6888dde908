import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Diagnosis } from '../../src/lib/classify';
import { generator } from '../shared/generated-keys';
import { labelledPastes, type LabelledPaste } from '../shared/pastes';

export const ROOT = join(import.meta.dirname, '..', '..');

/** What `classify` answers for each text, from the diagnose CLI's --batch (the same library the page runs). */
export function classifyInNode(texts: string[]): Diagnosis[] {
  const file = join(mkdtempSync(join(tmpdir(), 'e2e-')), 'batch.jsonl');
  writeFileSync(file, texts.map((text, id) => JSON.stringify({ id, text })).join('\n'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/diagnose.ts', '--batch', file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`diagnose --batch failed: ${run.stderr}`);
  return run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Diagnosis);
}

/** One real paste per kind of the corpus, the first of each. */
export function onePastePerKind(): LabelledPaste[] {
  const seen = new Map<string, LabelledPaste>();
  for (const f of labelledPastes()) if (!seen.has(f.expected.kind)) seen.set(f.expected.kind, f);
  return [...seen.values()];
}

/** Opens a page with the diagnose island, reaches for the box as a reader would, and waits until its data is loaded. */
export async function openDiagnose(page: Page, path = '/diagnose/'): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.dx[data-hydrated="true"]')).toBeVisible();
  await expect(page.locator('.dx-chip').first()).toBeVisible();
  await page.locator('#dx-input').focus();
  await expect(page.locator('.dx[data-ready="true"]')).toBeVisible();
}

export async function paste(page: Page, text: string): Promise<void> {
  await page.locator('#dx-input').fill(text);
}

/** Pastes a huge text the way a browser delivers a paste: a paste event, then (unless the page took it) the value at once and one input event. */
export async function pasteHuge(page: Page, text: string): Promise<void> {
  await page.locator('#dx-input').evaluate((el, value) => {
    const area = el as HTMLTextAreaElement;
    // The paste event first, as a browser sends it; the text lands in the box unless the page took it.
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', value);
    if (area.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))) {
      area.value = value;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }
  }, text);
}

export const result = (page: Page) => page.locator('.dx-result');

/** A realistic-looking key generated at run time: no key is ever written in the repository. */
export function generatedKey(prefix: string, length = 48): string {
  return prefix + generator(7)('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', length);
}
