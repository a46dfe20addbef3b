import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openEditForm(page: Page) {
  await page.goto('/partnerships/dortmund-cluj-napoca');
  await page.getByRole('button', { name: label('en', 'partnerships.edit.action') }).click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  return dialog;
}

describe('two people editing the same partnership', () => {
  it('the second save gets the conflict, not an overwrite', async () => {
    const sessions = await Promise.all([newContext(browser), newContext(browser)]);
    const [first, second] = await Promise.all(sessions.map((c) => c.newPage()));
    for (const page of [first, second]) await signIn(page, inject('adminEmail'), inject('adminPassword'));

    const firstForm = await openEditForm(first);
    const secondForm = await openEditForm(second);

    const nameField = (form: ReturnType<Page['getByRole']>) => form.getByRole('textbox', { name: label('en', 'partnerships.fields.name') });
    await nameField(firstForm).fill('Dortmund – Cluj-Napoca project partnership');
    await firstForm.getByRole('button', { name: label('en', 'common.actions.save') }).click();
    await expect.poll(() => firstForm.isVisible()).toBe(false);

    await nameField(secondForm).fill('Cluj-Napoca – Dortmund');
    await secondForm.getByRole('button', { name: label('en', 'common.actions.save') }).click();
    const conflict = second.getByRole('dialog', { name: label('en', 'common.conflict.title') });
    await expect.poll(() => conflict.isVisible()).toBe(true);
    await expectAxeClean(second);

    // The first save stands.
    const stored = await (await second.request.get('/api/partnerships/dortmund-cluj-napoca')).json();
    expect(stored.name).toBe('Dortmund – Cluj-Napoca project partnership');

    // Reloading shows the other person's change.
    await conflict.getByRole('button', { name: label('en', 'common.conflict.reload') }).click();
    await expect.poll(() => second.getByRole('heading', { level: 1 }).textContent()).toContain('project partnership');
    for (const c of sessions) await c.close();
  });
});
