import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { visit } from './support/navigation.ts';

// Mantine appends " *" to the names of required fields.
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (text: string) => new RegExp(`^${escape(text)}`);

// Romanian for sprinklers: not a term of the shipped taxonomy.
const TERM = 'aspersoare';
const OFFER = 'Oferim aspersoare pentru câmpuri.';

let browser: Browser;
let admin: Page;

async function proposed(page: Page, text: string): Promise<string[]> {
  const csrf = (await (await page.request.get('/api/auth/session')).json()).csrfToken as string;
  const res = await page.request.post('/api/tagging/proposals', { data: { text, lang: 'ro' }, headers: { 'x-csrf-token': csrf } });
  expect(res.status()).toBe(200);
  return ((await res.json()).concepts as { key: string }[]).map((c) => c.key);
}

/** A button whose visible text is followed by a visually hidden ": what" (read as "text : what"). */
const named = (text: string, what: string) => new RegExp(`^${escape(text)}\\s*:\\s*${escape(what)}$`);

const irrigationCard = (page: Page) => page.getByRole('article', { name: 'Irrigation' });

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await (await newContext(browser)).newPage();
  await signIn(admin, inject('adminEmail'), inject('adminPassword'));
}, 120_000);
afterAll(() => browser?.close());

describe('taxonomy page', () => {
  it('shows the public every domain and concept, filterable, without admin controls', async () => {
    const page = await (await newContext(browser, { mobile: true })).newPage();
    await visit(page, '/taxonomy');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(label('en', 'taxonomy.title'));
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(12);
    expect(await page.getByRole('button', { name: startsWith(label('en', 'taxonomy.add.button')) }).count()).toBe(0);
    await expectAxeClean(page);

    // A German word finds the concept in an English interface.
    await page.getByRole('searchbox', { name: startsWith(label('en', 'taxonomy.filter.q')) }).fill('Bewässerung');
    await expect.poll(() => page.getByRole('article').count()).toBeLessThan(5);
    expect(await irrigationCard(page).count()).toBe(1);
    await expectAxeClean(page);
    await page.close();
  });

  it('lets an admin add a synonym, which is listed and proposed at once, and remove it again', async () => {
    expect(await proposed(admin, OFFER)).not.toContain('irrigation');
    await visit(admin, '/taxonomy?q=irrigation');
    await expectAxeClean(admin);
    const card = irrigationCard(admin);
    await card.getByRole('button', { name: named(label('en', 'taxonomy.add.button'), 'Irrigation') }).click();

    const dialog = admin.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('combobox', { name: startsWith(label('en', 'taxonomy.add.lang')) }).selectOption('ro');
    await dialog.getByRole('textbox', { name: startsWith(label('en', 'taxonomy.add.term')) }).fill(TERM);
    await expectAxeClean(admin);
    await dialog.getByRole('button', { name: label('en', 'taxonomy.add.submit') }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(() => card.getByText(TERM, { exact: true }).count()).toBe(1);
    expect(await card.getByText(label('en', 'taxonomy.added'), { exact: true }).count()).toBe(1);
    expect(await proposed(admin, OFFER)).toContain('irrigation');
    await expectAxeClean(admin);

    // The same spelling again is refused on the field, in the reader's language.
    await card.getByRole('button', { name: named(label('en', 'taxonomy.add.button'), 'Irrigation') }).click();
    await dialog.getByRole('combobox', { name: startsWith(label('en', 'taxonomy.add.lang')) }).selectOption('ro');
    await dialog.getByRole('textbox', { name: startsWith(label('en', 'taxonomy.add.term')) }).fill('ASPERSOARE');
    await dialog.getByRole('button', { name: label('en', 'taxonomy.add.submit') }).click();
    await expect.poll(() => dialog.getByText(label('en', 'taxonomy.add.duplicate')).count()).toBe(1);
    await expectAxeClean(admin);
    await dialog.getByRole('button', { name: label('en', 'common.actions.cancel') }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    await card.getByRole('button', { name: named(label('en', 'taxonomy.remove.button'), TERM) }).click();
    await admin
      .getByRole('dialog')
      .getByRole('button', { name: label('en', 'taxonomy.remove.confirm') })
      .click();
    await expect.poll(() => card.getByText(TERM, { exact: true }).count()).toBe(0);
    expect(await proposed(admin, OFFER)).not.toContain('irrigation');
  });
});
