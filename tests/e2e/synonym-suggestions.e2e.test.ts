import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CreatedDemoAccount } from '../../src/features/demo/demo-accounts.ts';
import { expectAxeClean, launchBrowser, newContext, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { visit } from './support/navigation.ts';

// The "Suggested synonyms" section of the taxonomy page (issue 14): administrators and
// coordinators see it, only administrators get the buttons that add a suggestion; members and
// the public do not see it. Whether the demo registry teaches any synonym depends on its texts,
// so the checks hold for a list and for the empty state alike. The pages are filtered to one
// concept, so that axe reads the section and not 125 concept cards (slow on a busy machine).
const PAGE = '/taxonomy?q=irrigation';
const SLOW = 180_000;

const en = (key: string, vars?: Record<string, string | number>) => label('en', key, vars as Record<string, string>);
const accounts = () => JSON.parse(inject('demoAccounts')) as CreatedDemoAccount[];
const demoAccount = (role: string) => {
  const account = accounts().find((a) => a.role === role);
  if (!account) throw new Error(`the demo has no ${role}`);
  return account;
};

let browser: Browser;

async function signedInPage(email: string, password: string, mobile = false): Promise<Page> {
  const page = await (await newContext(browser, { mobile })).newPage();
  await signIn(page, email, password);
  return page;
}

const section = (page: Page) => page.getByRole('region', { name: en('taxonomy.suggestions.title') });
const addButtons = (page: Page) => section(page).getByRole('button', { name: new RegExp(`^${en('taxonomy.suggestions.add')}`) });

/** The list or the empty state has arrived (the suggestions load after the taxonomy). */
async function loaded(page: Page) {
  await expect.poll(() => section(page).count()).toBe(1);
  await expect.poll(() => section(page).getByText(en('common.loading')).count()).toBe(0);
  expect(await section(page).getByRole('alert').count()).toBe(0);
}

beforeAll(async () => {
  browser = await launchBrowser();
}, 120_000);
afterAll(() => browser?.close());

describe('suggested synonyms on the taxonomy page', () => {
  it(
    'shows an administrator the suggestions with a button for each, keyboard-reachable and axe-clean',
    async () => {
      const admin = await signedInPage(inject('adminEmail'), inject('adminPassword'));
      await visit(admin, PAGE);
      await loaded(admin);
      expect(await section(admin).getByText(en('taxonomy.suggestions.coordinatorNote')).count()).toBe(0);
      const items = await section(admin)
        .getByRole('listitem')
        .filter({ has: admin.getByRole('button') })
        .count();
      expect(await addButtons(admin).count()).toBe(items);
      await expectAxeClean(admin);

      // The language filter is reached and changed with the keyboard.
      const select = section(admin).getByRole('combobox', { name: en('taxonomy.suggestions.lang') });
      await select.focus();
      await admin.keyboard.press('ArrowDown');
      await expect.poll(() => select.inputValue()).not.toBe('');
      await loaded(admin);
      await admin.close();
    },
    SLOW,
  );

  it(
    'lets an administrator add a suggestion learned from three organisations, which then leaves the list',
    async () => {
      const admin = await signedInPage(inject('adminEmail'), inject('adminPassword'));
      const headers = { 'x-csrf-token': (await (await admin.request.get('/api/auth/session')).json()).csrfToken as string };
      const cityId = ((await (await admin.request.get('/api/cities')).json()).items as { id: string }[])[0].id;
      const created: string[] = [];
      const organisation = async (name: string, text: string, concept: string) => {
        const res = await admin.request.post('/api/organisations', {
          data: { name, kind: 'ngo', cityId, languages: ['de'], offers: [{ lang: 'de', text, concepts: [concept], draft: false }] },
          headers,
        });
        expect(res.status(), await res.text()).toBe(201);
        created.push((await res.json()).id);
      };
      try {
        for (const n of [1, 2, 3]) await organisation(`Nachbarschaftstreff ${n}`, `Klönschnack für ältere Nachbarn, Runde ${n}.`, 'elderly-care');
        for (const n of [1, 2, 3]) await organisation(`Gartenbau ${n}`, `Tropfbewässerung für Beete, Anlage ${n}.`, 'irrigation');
        await visit(admin, PAGE);
        await loaded(admin);
        const button = addButtons(admin).filter({ hasText: 'klönschnack' });
        await expect.poll(() => button.count()).toBe(1);
        // The suggestion (the list item with the button), not one of its examples (list items too).
        const named = admin.getByRole('button', { name: new RegExp(`^${en('taxonomy.suggestions.add')}\\s*:\\s*klönschnack,`) });
        const item = section(admin).getByRole('listitem').filter({ has: named });
        expect(await item.count()).toBe(1);
        expect(await item.getByText(/Klönschnack für ältere Nachbarn/).count()).toBe(2);
        await expectAxeClean(admin);
        await button.press('Enter');
        await expect.poll(() => addButtons(admin).filter({ hasText: 'klönschnack' }).count()).toBe(0);
        await expectAxeClean(admin);
      } finally {
        const taxonomy = await (await admin.request.get('/api/taxonomy')).json();
        const added = (taxonomy.concepts as { key: string; addedSynonyms: { id: string; term: string }[] }[])
          .find((c) => c.key === 'elderly-care')!
          .addedSynonyms.filter((s) => s.term === 'klönschnack');
        for (const s of added) await admin.request.delete(`/api/taxonomy/synonyms/${s.id}`, { headers });
        for (const id of created) await admin.request.delete(`/api/organisations/${id}`, { headers });
        await admin.close();
      }
    },
    SLOW,
  );

  it(
    'shows a coordinator on a phone the suggestions and the note, without buttons',
    async () => {
      const coordinator = demoAccount('coordinator');
      const page = await signedInPage(coordinator.email, coordinator.password, true);
      await visit(page, PAGE);
      await loaded(page);
      expect(await section(page).getByText(en('taxonomy.suggestions.coordinatorNote')).count()).toBe(1);
      expect(await addButtons(page).count()).toBe(0);
      // Nothing wider than a 360 px screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectAxeClean(page);
      await page.close();
    },
    SLOW,
  );

  it(
    'does not show members or the public the section',
    async () => {
      const member = demoAccount('member');
      const page = await signedInPage(member.email, member.password);
      await visit(page, '/taxonomy');
      await expect.poll(() => page.getByRole('article').count()).toBeGreaterThan(0);
      expect(await section(page).count()).toBe(0);
      await page.close();
      const anonymous = await (await newContext(browser)).newPage();
      await visit(anonymous, '/taxonomy');
      await expect.poll(() => anonymous.getByRole('article').count()).toBeGreaterThan(0);
      expect(await section(anonymous).count()).toBe(0);
      await anonymous.close();
    },
    SLOW,
  );
});
