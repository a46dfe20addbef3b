import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { visit } from './support/navigation.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the public', () => {
  it('reads the partnership on a phone, without signing in', async () => {
    const context = await newContext(browser, { mobile: true });
    const page = await context.newPage();
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(label('en', 'dashboard.public.title'));
    await page
      .getByRole('link', { name: /Dortmund – Cluj-Napoca/ })
      .first()
      .click();
    await page.waitForURL('**/partnerships/dortmund-cluj-napoca');
    await expect.poll(() => page.getByText('Emil Boc').first().isVisible()).toBe(true);
    // Nothing may overflow the phone's width.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAxeClean(page);
    await context.close();
  });
});

describe('a coordinator runs the partnership', () => {
  let page: Page;

  beforeAll(async () => {
    const context = await newContext(browser);
    page = await context.newPage();
  });

  it('signs in and sees the dashboard', async () => {
    // The sign-in page is a lazy route: check it once it shows, not while its code is loading.
    await visit(page, '/sign-in');
    await expectAxeClean(page);
    await signIn(page, inject('adminEmail'), inject('adminPassword'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(label('en', 'dashboard.mine.title'));
    await expect
      .poll(() =>
        page
          .getByRole('link', { name: /Dortmund – Cluj-Napoca/ })
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expectAxeClean(page);
  });

  it('switches to Romanian', async () => {
    await page.getByLabel(label('en', 'common.language')).selectOption('ro');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(label('ro', 'dashboard.mine.title'));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ro');
    await expectAxeClean(page);
  });

  it('sees the Letter of Intent, its signatories and the timeline', async () => {
    await page
      .getByRole('link', { name: /Dortmund – Cluj-Napoca/ })
      .first()
      .click();
    await page.waitForURL('**/partnerships/dortmund-cluj-napoca');
    for (const text of ['Ullrich Sierau', 'Emil Boc', 'Kai Hennig']) {
      await expect.poll(() => page.getByText(text).first().isVisible(), { message: text }).toBe(true);
    }
    await expect.poll(() => page.getByRole('heading', { name: label('ro', 'partnerships.timeline.title') }).isVisible()).toBe(true);
    await expectAxeClean(page);
  });

  it('edits the focus themes and sees the change in the history', async () => {
    await page.getByRole('button', { name: label('ro', 'partnerships.themes.edit') }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expectAxeClean(page);
    const themes = (await (await page.request.get('/api/themes')).json()) as { key: string; labels: Record<string, string> }[];
    const mobility = themes.find((th) => th.key === 'mobility')!;
    const checkbox = dialog.getByRole('checkbox', { name: mobility.labels.ro });
    expect(await checkbox.isChecked()).toBe(false);
    await checkbox.check();
    await dialog.getByRole('button', { name: label('ro', 'partnerships.themes.save') }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByText(mobility.labels.ro).first().isVisible()).toBe(true);

    await page.getByRole('link', { name: label('ro', 'partnerships.header.history') }).click();
    await page.waitForURL('**/history/partnership/**');
    const newest = page.getByRole('article').first();
    await expect.poll(() => newest.textContent()).toContain('Pontis Admin');
    expect(await newest.textContent()).toContain(label('ro', 'history.fields.themes'));
    // The theme is named in the reader's language, not by its key.
    expect(await newest.textContent()).toContain(mobility.labels.ro);
    await expectAxeClean(page);
  });
});
