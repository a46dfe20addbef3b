import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, expectAxeClean, launchBrowser, newContext } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { invitationToken } from './support/invitations.ts';

// The e2e server is set up with a real OpenID provider (oidc-provider) on 127.0.0.1, labelled
// "Stadt Testhausen" (tests/e2e/support/global-setup.ts). Its development login page signs in
// the account id typed into it.
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  // Single sign-on only admits invited people: the admin invites the provider account's e-mail.
  await invitationToken(browser, { email: inject('ssoEmail'), role: 'coordinator', city: 'dortmund' });
});
afterAll(() => browser?.close());

async function signInAtProvider(page: Page, login: string) {
  await page.waitForURL((url) => !url.href.startsWith(baseUrl()));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password: the test provider does not check it');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

describe('single sign-on with OpenID Connect', () => {
  it('signs an invited coordinator in through the city provider and lands in Pontis signed in', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/sign-in?next=/organisations');
    const button = page.getByRole('link', { name: label('en', 'auth.signIn.withProvider', { label: 'Stadt Testhausen' }) });
    await button.waitFor({ state: 'visible' });
    await expectAxeClean(page);
    await button.click();
    await signInAtProvider(page, inject('ssoLogin'));
    await page.waitForURL((url) => url.href.startsWith(baseUrl()) && url.pathname === '/organisations');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(label('en', 'organisations.list.title'));
    const session = await (await page.request.get('/api/auth/session')).json();
    expect(session.user).toMatchObject({ email: inject('ssoEmail'), displayName: 'Sven Single', role: 'coordinator' });
    await expectAxeClean(page);
    await context.close();
  });

  it('sends someone without an invitation back to the sign-in page with a translated explanation', async () => {
    const context = await newContext(browser, { locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/sign-in');
    // Keyboard only: the link is reached with Tab and followed with Enter.
    const button = page.getByRole('link', { name: label('de', 'auth.signIn.withProvider', { label: 'Stadt Testhausen' }) });
    await button.waitFor({ state: 'visible' });
    await button.focus();
    await page.keyboard.press('Enter');
    await signInAtProvider(page, 'nora.nobody');
    await page.waitForURL((url) => url.href.startsWith(baseUrl()) && url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('sso_error')).toBe('sso_no_account');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe(label('de', 'auth.signIn.ssoErrors.sso_no_account'));
    const session = await (await page.request.get('/api/auth/session')).json();
    expect(session.user).toBeNull();
    await expectAxeClean(page);
    await context.close();
  });

  it('shows the sign-in choice and a translated error readably on a 360 px phone, in Hungarian and Romanian', async () => {
    for (const [lang, locale] of [
      ['hu', 'hu-HU'],
      ['ro', 'ro-RO'],
    ] as const) {
      const context = await newContext(browser, { locale, mobile: true });
      const page = await context.newPage();
      await page.goto('/sign-in?sso_error=sso_unavailable');
      await page.getByRole('link', { name: label(lang, 'auth.signIn.withProvider', { label: 'Stadt Testhausen' }) }).waitFor({ state: 'visible' });
      await expect.poll(() => page.getByRole('alert').first().textContent()).toBe(label(lang, 'auth.signIn.ssoErrors.sso_unavailable'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await expectAxeClean(page);
      await context.close();
    }
  });
});
