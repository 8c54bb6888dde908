import { expect, test } from '@playwright/test';
import { classifyInNode, onePastePerKind, openDiagnose, paste, result } from './diagnose-helpers';

const pastes = onePastePerKind();
const expected = classifyInNode(pastes.map((f) => f.text));

test('the corpus gives a paste of every kind', () => {
  expect(pastes.length).toBeGreaterThanOrEqual(18);
});

pastes.forEach((fixture, i) => {
  test(`the page shows classify's verdict for a real ${fixture.expected.kind} paste (${fixture.id})`, async ({ page }) => {
    const d = expected[i]!;
    await openDiagnose(page);
    await paste(page, fixture.text);
    const r = result(page);
    await expect(r).toHaveAttribute('data-kind', d.kind);
    await expect(r).toHaveAttribute('data-entry', d.entry ?? '');
    await expect(r).toHaveAttribute('data-retryable', String(d.retryable));
    await expect(r).toHaveAttribute('data-status', d.status === null ? '' : String(d.status));
    await expect(r.getByRole('heading', { level: 2 })).not.toBeEmpty();
    if (d.entry) await expect(r.getByRole('link', { name: /Full entry on its page/ })).toHaveAttribute('href', new RegExp(`#${d.entry}$`));
  });
});

test('an unrecognisable paste says so and advises against retrying blindly', async ({ page }) => {
  await openDiagnose(page);
  await paste(page, 'lorem ipsum dolor sit amet');
  await expect(result(page)).toHaveAttribute('data-kind', 'unknown');
  await expect(result(page)).toContainText('Not recognised');
  await expect(result(page)).toHaveAttribute('data-retryable', 'false');
  await expect(result(page)).toContainText("Don't retry it blindly");
});
