import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { invitationToken } from './support/invitations.ts';

// GDPR (issue 10): on the settings page a member of Cluj-Napoca downloads their data, then
// deletes their account with their password, on a phone in Hungarian; an administrator erases
// another account from the accounts page.
const EMAIL = 'leaving-e2e@cluj.example.ro';
const PASSWORD = 'Szamos partján 2026';
const hu = (key: string, vars: Record<string, string> = {}) => label('hu', key, vars);
// Mantine appends " *" to the names of required fields.
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const token = await invitationToken(browser, { email: EMAIL, role: 'member', city: 'cluj-napoca' });
  context = await newContext(browser, { locale: 'hu-HU', mobile: true });
  const accepted = await context.request.post('/api/invitations/accept', { data: { token, displayName: 'Kovács Réka', password: PASSWORD } });
  expect(accepted.status()).toBe(200);
  page = await context.newPage();
});
afterAll(() => browser?.close());

describe('a member leaving Pontis', () => {
  it('downloads their data from the settings page', async () => {
    await page.goto('/settings');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: hu('users.personalData.title') }).isVisible()).toBe(true);
    await expectAxeClean(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: hu('users.personalData.download') }).click()]);
    expect(download.suggestedFilename()).toMatch(/^pontis-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('deletes their account after confirming with the password', async () => {
    await page.getByRole('button', { name: hu('users.personalData.deleteButton') }).click();
    const dialog = page.getByRole('dialog', { name: hu('users.personalData.confirmTitle') });
    await dialog.waitFor({ state: 'visible' });
    await expectAxeClean(page);
    await dialog.getByLabel(startsWith(hu('users.personalData.password'))).fill('not the password');
    await dialog.getByRole('button', { name: hu('users.personalData.confirm') }).click();
    await expect.poll(() => dialog.getByText(hu('users.password.incorrect')).isVisible()).toBe(true);
    await dialog.getByLabel(startsWith(hu('users.personalData.password'))).fill(PASSWORD);
    // Erasure rewrites the history in one transaction: wait for the answer, not a fixed time.
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'DELETE' && new URL(r.url()).pathname === '/api/me'),
      page.keyboard.press('Enter'),
    ]);
    expect(answer.status()).toBe(200);
    await expect.poll(() => page.getByText(hu('users.personalData.deleted')).isVisible()).toBe(true);
    expect((await page.request.get('/api/me')).status()).toBe(401);
    const signIn = await page.request.post('/api/auth/sign-in', { data: { email: EMAIL, password: PASSWORD } });
    expect(signIn.status()).toBe(401);
  });
});

describe('an administrator', () => {
  it('erases an account from the accounts page after confirming', async () => {
    const token = await invitationToken(browser, { email: 'erase-me-e2e@cluj.example.ro', role: 'member', city: 'cluj-napoca' });
    const invitee = await newContext(browser);
    expect((await invitee.request.post('/api/invitations/accept', { data: { token, displayName: 'Erase Me Later', password: PASSWORD } })).status()).toBe(200);
    await invitee.close();
    const adminContext = await newContext(browser);
    const admin = await adminContext.newPage();
    await signIn(admin, inject('adminEmail'), inject('adminPassword'));
    await admin.goto('/admin/users');
    const erase = admin.getByRole('button', { name: label('en', 'users.erase.buttonNamed', { name: 'Erase Me Later' }) });
    await erase.click();
    const dialog = admin.getByRole('dialog', { name: label('en', 'users.erase.title', { name: 'Erase Me Later' }) });
    await dialog.waitFor({ state: 'visible' });
    await expectAxeClean(admin);
    const [answer] = await Promise.all([
      admin.waitForResponse((r) => r.request().method() === 'DELETE' && new URL(r.url()).pathname.startsWith('/api/users/')),
      dialog.getByRole('button', { name: label('en', 'users.erase.confirm') }).click(),
    ]);
    expect(answer.status()).toBe(200);
    await expect.poll(() => admin.getByText(label('en', 'users.erase.done', { name: 'Erase Me Later' })).isVisible()).toBe(true);
    await expect.poll(() => erase.count()).toBe(0);
    await adminContext.close();
  });
});
