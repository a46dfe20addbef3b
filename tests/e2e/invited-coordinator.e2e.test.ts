import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';

// Mantine appends " *" to the names of required fields.
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

let browser: Browser;
let coordinatorContext: BrowserContext;
let page: Page;
let acceptLink: string;

beforeAll(async () => {
  browser = await launchBrowser();
  // The admin invites a coordinator for Cluj-Napoca. No mail server is set up in the tests, so
  // the page hands the admin the link to pass on.
  const admin = await newContext(browser);
  const adminPage = await admin.newPage();
  await signIn(adminPage, inject('adminEmail'), inject('adminPassword'));
  await adminPage.goto('/admin/users');
  const cluj = await (await adminPage.request.get('/api/cities/cluj-napoca')).json();
  await adminPage
    .getByRole('textbox', { name: startsWith(label('en', 'users.fields.email')) })
    .first()
    .fill('ana.pop@example.ro');
  await adminPage
    .getByRole('combobox', { name: startsWith(label('en', 'users.fields.role')) })
    .first()
    .selectOption('coordinator');
  await adminPage
    .getByRole('combobox', { name: startsWith(label('en', 'users.fields.city')) })
    .first()
    .selectOption(cluj.id);
  await adminPage.getByRole('combobox', { name: startsWith(label('en', 'users.invite.mailLanguage')) }).selectOption('ro');
  await adminPage.getByRole('button', { name: label('en', 'users.invite.submit') }).click();
  const link = adminPage.getByRole('textbox', { name: label('en', 'users.invite.linkLabel') });
  await link.waitFor({ state: 'visible' });
  await expectAxeClean(adminPage);
  acceptLink = await link.inputValue();
  expect(acceptLink).toContain('/invitations/accept?token=');
  await admin.close();
  coordinatorContext = await newContext(browser, { locale: 'ro-RO' });
  page = await coordinatorContext.newPage();
});
afterAll(() => browser?.close());

describe('an invited coordinator', () => {
  it('accepts the invitation in Romanian and is signed in', async () => {
    await page.goto(new URL(acceptLink).pathname + new URL(acceptLink).search);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(label('ro', 'users.accept.title'));
    await expectAxeClean(page);
    await page.getByRole('textbox', { name: label('ro', 'users.accept.displayName') }).fill('Ana Pop');
    await page.getByLabel(startsWith(label('ro', 'users.password.new'))).fill('primavara la Cluj 2026');
    await page.getByLabel(startsWith(label('ro', 'users.password.confirm'))).fill('primavara la Cluj 2026');
    await page.getByRole('button', { name: label('ro', 'users.accept.submit') }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(label('ro', 'dashboard.mine.title'));
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

  it('adds an organisation of Cluj-Napoca and sees it in its history', async () => {
    await page.goto('/organisations');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(label('ro', 'organisations.list.title'));
    await expectAxeClean(page);
    await page
      .getByRole('link', { name: label('ro', 'organisations.list.add') })
      .first()
      .click();
    await page.waitForURL('**/organisations/new');
    await page.getByRole('textbox', { name: label('ro', 'organisations.fields.name') }).fill('Asociația Cluj Smart City');
    await page.getByRole('combobox', { name: label('ro', 'organisations.fields.kind') }).selectOption('ngo');
    await page
      .getByRole('textbox', { name: startsWith(label('ro', 'organisations.form.text')) })
      .first()
      .fill('Asociație pentru un oraș inteligent și deschis.');
    await expectAxeClean(page);
    await page.getByRole('button', { name: label('ro', 'organisations.form.create') }).click();
    await page.waitForURL('**/organisations/asociatia-cluj-smart-city');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Asociația Cluj Smart City');
    await expectAxeClean(page);
  });

  it('edits the organisation and sees both changes in its history', async () => {
    await page.getByRole('link', { name: label('ro', 'organisations.detail.edit') }).click();
    await page.waitForURL('**/organisations/asociatia-cluj-smart-city/edit');
    await expectAxeClean(page);
    await page.getByRole('textbox', { name: startsWith(label('ro', 'organisations.fields.website')) }).fill('https://smartcity.example.ro');
    await page.getByRole('button', { name: label('ro', 'common.actions.save') }).click();
    await page.waitForURL('**/organisations/asociatia-cluj-smart-city');
    await expect
      .poll(() =>
        page
          .getByRole('link', { name: /smartcity\.example\.ro/ })
          .first()
          .isVisible(),
      )
      .toBe(true);

    await page
      .getByRole('link', { name: new RegExp(label('ro', 'common.actions.history'), 'i') })
      .first()
      .click();
    await page.waitForURL('**/history/organisation/**');
    const entries = page.getByRole('article');
    await expect.poll(() => entries.count()).toBe(2);
    const newest = await entries.first().textContent();
    expect(newest).toContain('Ana Pop');
    expect(newest).toContain(label('ro', 'history.actions.update'));
    expect(newest).toContain('https://smartcity.example.ro');
    expect(await entries.nth(1).textContent()).toContain(label('ro', 'history.actions.create'));
    await expectAxeClean(page);
  });
});
