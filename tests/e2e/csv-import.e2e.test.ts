import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';

// Mantine appends " *" to the names of required fields.
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

const SHEET = [
  'Organizații Cluj-Napoca 2024',
  'Denumire;Tip;Site web;Descriere;Ofertă',
  'E2E Clujtech SRL;Companie;www.clujtech.example;Software pentru servicii publice;Aplicații pentru transport public',
  'E2E Asociația Verde;Navă spațială;;;',
  'E2E Liceul Tehnic;Școală;;;',
].join('\n');

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  page = await context.newPage();
  await signIn(page, inject('adminEmail'), inject('adminPassword'));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const result = () => page.locator('section[aria-labelledby="import-result"]');

describe('CSV import in the browser', () => {
  it('uploads a file, suggests the mapping and previews the rows with their problems', async () => {
    await page.goto('/');
    await page.getByRole('link', { name: label('en', 'imports.nav') }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(label('en', 'imports.title'));
    await expectAxeClean(page);

    await page.getByLabel(startsWith(label('en', 'imports.upload.city'))).selectOption({ label: 'Cluj-Napoca (RO)' });
    await page.locator('input[type=file]').setInputFiles({ name: 'organizatii.csv', mimeType: 'text/csv', buffer: Buffer.from(SHEET) });
    await page.getByRole('button', { name: label('en', 'imports.upload.submit') }).click();
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(label('en', 'imports.detail.title'));

    await expect.poll(() => page.getByLabel(startsWith(label('en', 'imports.fields.name'))).inputValue()).toBe('Denumire');
    expect(await page.getByLabel(startsWith(label('en', 'imports.fields.kind'))).inputValue()).toBe('Tip');
    expect(await page.getByLabel(label('en', 'imports.fields.offerText')).inputValue()).toBe('Ofertă');

    const preview = page.getByRole('table', { name: label('en', 'imports.preview.caption') });
    await expect.poll(() => preview.getByRole('row').count()).toBe(4);
    const badRow = preview.getByRole('row').filter({ hasText: 'E2E Asociația Verde' });
    expect(await badRow.textContent()).toContain(label('en', 'imports.rules.invalid_enum'));
    expect(await preview.getByRole('row').filter({ hasText: 'E2E Clujtech SRL' }).textContent()).toContain(label('en', 'imports.preview.ok'));
    await expectAxeClean(page);
  });

  it('imports nothing while a row is invalid, then imports the valid rows when asked to skip', async () => {
    await page.getByRole('button', { name: label('en', 'imports.start.import'), exact: true }).click();
    await expect.poll(() => result().textContent(), { timeout: 30_000 }).toContain(label('en', 'imports.result.rejected'));
    const report = page.getByRole('table', { name: label('en', 'imports.report.caption') });
    expect(await report.textContent()).toContain('Tip');
    expect(await page.getByRole('link', { name: label('en', 'imports.report.download') }).getAttribute('href')).toMatch(/report\.csv$/);
    await expectAxeClean(page);
    const none = await (await page.request.get('/api/organisations?q=E2E%20Clujtech')).json();
    expect(none.total).toBe(0);

    await page.getByLabel(label('en', 'imports.start.skipInvalid')).check();
    await page.getByRole('button', { name: label('en', 'imports.start.import'), exact: true }).click();
    // While it runs, the progress bar shows (the worker claims the job within two seconds).
    await expect.poll(() => result().textContent(), { timeout: 30_000 }).toContain(label('en', 'imports.result.imported'));
    expect(await result().textContent()).toContain(label('en', 'imports.result.counts', { created: '2', updated: '0', unchanged: '0', skipped: '1' }));
    expect(await page.getByRole('heading', { name: label('en', 'imports.report.skippedTitle') }).count()).toBe(1);
    await expectAxeClean(page);

    const found = await (await page.request.get('/api/organisations?q=E2E%20Clujtech')).json();
    expect(found.items.map((o: { name: string }) => o.name)).toEqual(['E2E Clujtech SRL']);
    const search = await (await page.request.get('/api/search?q=transport%20public')).json();
    expect(search.items.some((h: { organisation: { name: string } | null }) => h.organisation?.name === 'E2E Clujtech SRL')).toBe(true);
  });

  it('lists the import and is usable on a phone', async () => {
    const phone = await (await newContext(browser, { mobile: true })).newPage();
    await signIn(phone, inject('adminEmail'), inject('adminPassword'));
    await phone.goto('/imports');
    const list = phone.getByRole('table', { name: label('en', 'imports.list.caption') });
    await expect.poll(() => list.textContent()).toContain('organizatii.csv');
    expect(await list.textContent()).toContain(label('en', 'imports.outcomes.imported'));
    await expectAxeClean(phone);
    await phone.context().close();
  });
});
