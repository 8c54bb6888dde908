import { expect, test } from '@playwright/test';
import type { ProviderId } from '../../src/lib/catalog/ids';
import { loadCatalog } from '../../src/loader/load-catalog';
import { pasteById } from '../shared/pastes';
import { openDiagnose, paste } from './diagnose-helpers';

/**
 * The first fix shown is for the tool that printed the error and the SDK of its provider. Expectations come from each
 * paste's own labels (who printed it, which provider) and the catalogue's provider → SDK table, not from the classifier.
 */
const { providers, sdks } = loadCatalog();
const cases = [
  ['p-an-529-py-overloadederror-boxpwnr-69', null],
  ['p-az-400-content-filter-py-ragas-649', null],
  // A google-genai traceback gets google-genai code, whatever else the paste says.
  ['p-gm-429-genai-clienterror-1427', 'google-genai'],
] as const;

for (const [id, revealedSdk] of cases) {
  test(`a ${id} paste opens on its own tool and SDK`, async ({ page }) => {
    const p = pasteById(id);
    const tool = p.client ?? 'python';
    const sdk = revealedSdk ?? providers[p.provider as ProviderId].sdk[tool as 'python'];
    await openDiagnose(page);
    await paste(page, p.text);
    const panel = page.locator('#dx-fix-panel');
    await expect(panel).toHaveAttribute('data-tool', tool);
    await expect(panel).toHaveAttribute('data-sdk', sdk ?? '');
    const code = (await panel.locator('pre').allTextContents()).join('\n');
    const foreign = Object.entries(sdks)
      .filter(([other]) => other !== sdk && !(sdks[sdk!].imports.python ?? []).some((m) => (sdks[other as keyof typeof sdks].imports.python ?? []).includes(m)))
      .flatMap(([, s]) => s.imports.python ?? []);
    for (const module of foreign) expect(code, `${id} shows code importing ${module}`).not.toMatch(new RegExp(`^(from|import) ${module.replace('.', '\\.')}\\b`, 'm'));
  });
}
