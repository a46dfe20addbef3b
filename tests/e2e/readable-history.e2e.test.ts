import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, PHONE, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { visit } from './support/navigation.ts';

// Issue 11: the History page showed raw JSON, internal ids, codes such as "education-research" and
// "pontis serve" as the author of the demo. It now reads as sentences and tables in every language.

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const ORG = 'readable-history-e2e';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const LOCALES = { de: 'de-DE', ro: 'ro-RO', en: 'en-GB', hu: 'hu-HU' } as const;

type Theme = { key: string; labels: Record<string, string> };

let browser: Browser;
let page: Page;
let orgId: string;
let demoOrgId: string;
let editorName: string;
let themes: Theme[];

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
  await signIn(page, inject('adminEmail'), inject('adminPassword'));
  const session = await (await page.request.get('/api/auth/session')).json();
  editorName = session.user.displayName;
  const dortmund = await (await page.request.get('/api/cities/dortmund')).json();
  const created = await page.request.post('/api/organisations', {
    headers: { 'x-csrf-token': session.csrfToken },
    data: {
      key: ORG,
      name: 'Lesbare Geschichte e. V.',
      kind: 'ngo',
      cityId: dortmund.id,
      themes: ['culture'],
      description: [{ lang: 'de', text: 'Wir sammeln Geschichten aus der Nordstadt.' }],
    },
  });
  expect(created.status()).toBe(201);
  orgId = (await created.json()).id;
  demoOrgId = (await (await page.request.get('/api/organisations/tu-dortmund')).json()).id;
  themes = await (await page.request.get('/api/themes')).json();
}, 120_000);
afterAll(() => browser?.close());

const themeLabel = (key: string, lng: string) => themes.find((th) => th.key === key)!.labels[lng];

/** The page's text must read as words: no JSON, no null, no ids. */
async function expectNoJson(p: Page) {
  const text = (await p.locator('main').innerText()) ?? '';
  expect(text).not.toMatch(/[{}"]/);
  expect(text).not.toMatch(/\bnull\b/);
  expect(text).not.toMatch(UUID);
  return text;
}

describe('a readable history', () => {
  it('an editor changes the description, themes and kind of an organisation', async () => {
    await visit(page, `/organisations/${ORG}/edit`);
    await page
      .getByRole('textbox', { name: startsWith(label('en', 'organisations.form.text')) })
      .first()
      .fill('Wir sammeln und erzählen Geschichten aus der Nordstadt.');
    await page.getByRole('combobox', { name: label('en', 'organisations.fields.kind') }).selectOption('cultural');
    await page.getByRole('checkbox', { name: themeLabel('mobility', 'en') }).check();
    await page.getByRole('checkbox', { name: themeLabel('sustainability', 'en') }).check();
    await page.getByRole('button', { name: label('en', 'common.actions.save') }).click();
    await page.waitForURL(`**/organisations/${ORG}`);
    const stored = await (await page.request.get(`/api/organisations/${ORG}`)).json();
    expect(stored.kind).toBe('cultural');
    expect([...stored.themes].sort()).toEqual(['culture', 'mobility', 'sustainability']);
  });

  for (const lng of ['de', 'ro', 'en', 'hu'] as const) {
    it(`reads as sentences and tables in ${lng}`, async () => {
      const context = await newContext(browser, { locale: LOCALES[lng] });
      const reader = await context.newPage();
      expect((await reader.request.post('/api/auth/sign-in', { data: { email: inject('adminEmail'), password: inject('adminPassword') } })).status()).toBe(200);
      await visit(reader, `/history/organisation/${orgId}`);
      const entries = reader.getByRole('article');
      await expect.poll(() => entries.count()).toBe(2);
      const newest = (await entries.first().innerText()) ?? '';
      expect(newest).toContain(editorName);
      expect(newest).toContain(label(lng, 'history.fields.description'));
      expect(newest).toContain(label(lng, 'history.sentence.added', { count: '2' }));
      expect(newest).toContain(themeLabel('mobility', lng));
      expect(newest).toContain(themeLabel('sustainability', lng));
      expect(newest).toContain(label(lng, 'organisations.kinds.cultural'));
      expect(newest).toContain(label(lng, 'organisations.kinds.ngo'));
      expect(newest).not.toContain('education-research');
      // The changed words are marked, and say so to a screen reader.
      const added = entries.first().locator('ins', { hasText: 'und erzählen' });
      await expect.poll(() => added.count()).toBeGreaterThan(0);
      expect(await added.first().innerText()).toContain(label(lng, 'history.diff.addedStart').trim());
      expect(await entries.first().getByRole('table').count()).toBe(1);
      await expectNoJson(reader);
      await expectAxeClean(reader);

      await visit(reader, `/history/organisation/${demoOrgId}`);
      await expect.poll(() => entries.count()).toBeGreaterThan(0);
      // The oldest entry is the demo's own: the record as the demo created it.
      const demo = (await entries.last().innerText()) ?? '';
      expect(demo).toContain(label(lng, 'history.source.demo'));
      expect(demo).not.toContain('pontis serve');
      expect(demo).toContain(themeLabel('education-research', lng));
      await expectNoJson(reader);
      await expectAxeClean(reader);
      await context.close();
    });
  }

  it('reads well on a phone at 360 px', async () => {
    const context = await newContext(browser, { locale: 'hu-HU', mobile: true });
    const phone = await context.newPage();
    expect((await phone.request.post('/api/auth/sign-in', { data: { email: inject('adminEmail'), password: inject('adminPassword') } })).status()).toBe(200);
    await visit(phone, `/history/organisation/${orgId}`);
    await expect.poll(() => phone.getByRole('article').count()).toBe(2);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAxeClean(phone);
    await context.close();
  });
});
