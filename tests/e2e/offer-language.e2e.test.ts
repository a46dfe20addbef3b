import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { visit } from './support/navigation.ts';

// Issue 11: an offer typed in English in the English interface was saved as German (the
// organisation's description is German), and its public page then said so. The language of a
// new offer now follows its text until the editor chooses one.

// Mantine appends " *" to the names of required fields.
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const ORG = 'offer-language-e2e';
const TITLE = 'Heat sensor network for partner cities';
const TEXT = 'We offer a network of heat sensors and share the data with our partner cities, and we are looking for districts that want to test it.';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
  await signIn(page, inject('adminEmail'), inject('adminPassword'));
  const csrf = (await (await page.request.get('/api/auth/session')).json()).csrfToken as string;
  const dortmund = await (await page.request.get('/api/cities/dortmund')).json();
  const created = await page.request.post('/api/organisations', {
    headers: { 'x-csrf-token': csrf },
    data: {
      key: ORG,
      name: 'Klimawerkstatt Sprachtest',
      kind: 'ngo',
      cityId: dortmund.id,
      description: [{ lang: 'de', text: 'Wir messen das Stadtklima in Dortmund.' }],
    },
  });
  expect(created.status()).toBe(201);
}, 120_000);
afterAll(() => browser?.close());

describe('the language of a new offer', () => {
  it('is English for English text typed in the English interface, and is saved so', async () => {
    await visit(page, `/organisations/${ORG}/edit`);
    await page.getByRole('button', { name: label('en', 'organisations.form.addOffer') }).click();
    const row = page.getByRole('group', { name: label('en', 'organisations.form.offerRow', { n: '1' }) });
    const language = row.getByRole('combobox', { name: label('en', 'organisations.form.textLanguage') });
    await row.getByRole('textbox', { name: label('en', 'organisations.items.title') }).fill(TITLE);
    await row.getByRole('textbox', { name: startsWith(label('en', 'organisations.items.text')) }).fill(TEXT);
    await expect.poll(() => language.inputValue()).toBe('en');
    await expectAxeClean(page);
    await page.getByRole('button', { name: label('en', 'common.actions.save') }).click();
    await page.waitForURL(`**/organisations/${ORG}`);

    const stored = await (await page.request.get(`/api/organisations/${ORG}`)).json();
    expect(stored.offers.map((o: { title: string; lang: string }) => [o.title, o.lang])).toEqual([[TITLE, 'en']]);
  });

  it('stays as the editor chose it, whatever the text', async () => {
    await visit(page, `/organisations/${ORG}/edit`);
    await page.getByRole('button', { name: label('en', 'organisations.form.addOffer') }).click();
    const row = page.getByRole('group', { name: label('en', 'organisations.form.offerRow', { n: '2' }) });
    await row.getByRole('combobox', { name: label('en', 'organisations.form.textLanguage') }).selectOption('hu');
    await row.getByRole('textbox', { name: startsWith(label('en', 'organisations.items.text')) }).fill(TEXT);
    await page.getByRole('button', { name: label('en', 'common.actions.save') }).click();
    await page.waitForURL(`**/organisations/${ORG}`);
    const stored = await (await page.request.get(`/api/organisations/${ORG}`)).json();
    expect(stored.offers.map((o: { lang: string }) => o.lang).sort()).toEqual(['en', 'hu']);
  });
});
