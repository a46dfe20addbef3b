import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { visit } from './support/navigation.ts';

let browser: Browser;
let admin: Page;
let anonymous: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await (await newContext(browser)).newPage();
  await signIn(admin, inject('adminEmail'), inject('adminPassword'));
  anonymous = await (await newContext(browser, { mobile: true })).newPage();
});
afterAll(() => browser?.close());

/** 21 and 18 pages, each loaded and checked by axe: about a minute on a loaded 2-core machine, past the default. */
const EVERY_PAGE_TIMEOUT = 180_000;

describe('every page', () => {
  it(
    'passes axe for an administrator',
    async () => {
      const dortmund = await (await admin.request.get('/api/cities/dortmund')).json();
      const organisations = await (await admin.request.get('/api/organisations?limit=1')).json();
      const key = organisations.items[0].key;
      for (const path of [
        '/',
        '/partnerships/new',
        '/cities/dortmund',
        `/history/city/${dortmund.id}`,
        '/organisations',
        `/organisations/${key}`,
        `/organisations/${key}/edit`,
        '/organisations/new',
        '/people',
        '/people/new',
        '/admin/users',
        '/admin/outbox',
        '/settings',
        '/calls',
        '/calls?radar=partnership:dortmund-cluj-napoca',
        '/calls/HORIZON-MISS-2027-CIT-02-03',
        '/calls/followed',
        '/calls/data',
        '/projects',
        '/projects?view=list',
        '/no-such-page',
      ]) {
        await visit(admin, path);
        await expectAxeClean(admin);
      }
    },
    EVERY_PAGE_TIMEOUT,
  );

  it(
    'passes axe for the public on a phone, in Hungarian and German',
    async () => {
      await anonymous.goto('/');
      for (const lang of ['hu', 'de']) {
        await anonymous.getByLabel(/^(Language|Nyelv|Sprache|Limba)$/).selectOption(lang);
        for (const path of [
          '/',
          '/partnerships/dortmund-cluj-napoca',
          '/cities/cluj-napoca',
          '/organisations',
          '/people',
          '/calls',
          '/calls/HORIZON-MISS-2027-CIT-02-03',
          '/sign-in',
          '/forgot-password',
        ]) {
          await visit(anonymous, path);
          expect(await anonymous.evaluate(() => document.documentElement.lang)).toBe(lang);
          const overflow = await anonymous.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          expect(overflow, `${path} overflows a phone screen`).toBeLessThanOrEqual(0);
          await expectAxeClean(anonymous);
        }
      }
    },
    EVERY_PAGE_TIMEOUT,
  );

  it('can be used by keyboard: the skip link leads to the content', async () => {
    await visit(anonymous, '/partnerships/dortmund-cluj-napoca');
    await anonymous.keyboard.press('Tab');
    const focused = await anonymous.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe('#main');
    await anonymous.keyboard.press('Enter');
    expect(await anonymous.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('signs in by keyboard alone', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto('/sign-in');
    await page.getByRole('textbox', { name: new RegExp(`^${label('en', 'auth.signIn.email')}`) }).focus();
    await page.keyboard.type(inject('adminEmail'));
    await page.keyboard.press('Tab');
    await page.keyboard.type(inject('adminPassword'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(label('en', 'dashboard.mine.title'));
  });
});
