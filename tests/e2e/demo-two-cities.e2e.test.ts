import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CreatedDemoAccount } from '../../src/features/demo/demo-accounts.ts';
import { expectAxeClean, launchBrowser, newContext, PHONE } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { visit } from './support/navigation.ts';
import { signInInLanguage } from './support/sign-in-in-language.ts';

// The living demo as a newcomer tries it from a fresh clone: with the demo accounts that first
// start printed, they act on both sides of an introduction: a Dortmund editor asks from the
// partner suggestions, the Cluj-Napoca editor accepts in a second browser, and the network view
// shows the new tie. Nobody is invited or created here: only the demo's own people act.
const PARTNERSHIP = 'dortmund-cluj-napoca';
const NETWORK = `/partnerships/${PARTNERSHIP}/network`;
// The demo's editors (src/features/demo/demo-accounts.ts); the demo introduces their two
// universities to nobody, so the request below is the first between them.
const DORTMUND_ORG = 'tu-dortmund';
const DORTMUND_NAME = 'Technische Universität Dortmund';
const CLUJ_ORG = 'utcn';
const CLUJ_NAME = 'Universitatea Tehnică din Cluj-Napoca';
const MESSAGE = 'Die TU Dortmund sucht für ein Austauschsemester zu Sensornetzen in der Stadt Partnerlehrstühle an der Technischen Universität Cluj-Napoca.';

let browser: Browser;
let dortmundContext: BrowserContext;
let clujContext: BrowserContext;
let dortmund: Page;
let introductionPath: string;
let crossCityBefore: number;

const accounts = () => JSON.parse(inject('demoAccounts')) as CreatedDemoAccount[];
const editorOf = (organisationKey: string) => {
  const account = accounts().find((a) => a.role === 'org-editor' && a.organisationKey === organisationKey);
  if (!account) throw new Error(`the demo has no editor of ${organisationKey}`);
  return account;
};

const figure = (page: Page, key: string) => page.getByRole('region', { name: label('de', key) });
// The Dortmund editor reads German (the account's language and the browser's).
const figureValue = async (page: Page, key: string) => Number((await figure(page, key).locator('p').nth(1).innerText()).trim());
const tableRows = (page: Page) => page.locator('[data-row]');

beforeAll(async () => {
  browser = await launchBrowser();
  dortmundContext = await newContext(browser, { locale: 'de-DE' });
  clujContext = await newContext(browser, { locale: 'ro-RO' });
  dortmund = await dortmundContext.newPage();
  await signInInLanguage(dortmund, 'de', editorOf(DORTMUND_ORG));
}, 120_000);
afterAll(() => browser?.close());

describe('the living demo: both cities act on one introduction', () => {
  it('first start printed demo accounts of every role in both cities', () => {
    for (const city of ['dortmund', 'cluj-napoca']) {
      for (const role of ['coordinator', 'org-editor', 'member']) {
        expect(
          accounts().some((a) => a.cityKey === city && a.role === role),
          `${role} of ${city}`,
        ).toBe(true);
      }
    }
  });

  it('the demo network already has ties and key figures above zero', async () => {
    await visit(dortmund, NETWORK);
    await expect.poll(() => tableRows(dortmund).count()).toBeGreaterThan(15);
    await expect.poll(() => dortmund.locator('svg path[data-strength]').count()).toBeGreaterThan(0);
    crossCityBefore = await figureValue(dortmund, 'network.figures.crossCity');
    expect(crossCityBefore).toBeGreaterThan(0);
    expect(await figureValue(dortmund, 'network.figures.strong')).toBeGreaterThan(0);
    await expectAxeClean(dortmund);
  });

  it('the Dortmund editor asks for an introduction from the partner suggestions', async () => {
    await visit(dortmund, `/organisations/${DORTMUND_ORG}/matches`);
    await expect.poll(() => dortmund.getByTestId('match-card').count()).toBeGreaterThan(0);
    // The demo's profiles were edited over the years: not every suggestion is "updated recently".
    const reasons = await dortmund.getByTestId('match-reasons').allInnerTexts();
    expect(reasons.filter((r) => r.includes('Profil kürzlich aktualisiert')).length).toBeLessThan(reasons.length);
    await expectAxeClean(dortmund);
    await dortmund.locator(`a[href*="to=${CLUJ_ORG}"]`).first().click();
    await dortmund.waitForURL((url) => url.pathname === '/introductions/new');
    await expect.poll(() => dortmund.getByRole('heading', { level: 1 }).innerText()).toBe(label('de', 'introductions.new.title'));
    await expect.poll(() => dortmund.getByRole('link', { name: CLUJ_NAME }).count()).toBe(1);
    await dortmund.getByRole('textbox', { name: label('de', 'introductions.new.message') }).fill(MESSAGE);
    await dortmund.getByRole('button', { name: label('de', 'introductions.new.submit') }).click();
    await dortmund.waitForURL((url) => /^\/introductions\/[0-9a-f-]{36}$/.test(url.pathname));
    introductionPath = new URL(dortmund.url()).pathname;
    await expect.poll(() => dortmund.getByText(label('de', 'introductions.status.pending')).count()).toBeGreaterThan(0);
    await expectAxeClean(dortmund);
  });

  it('the Cluj-Napoca editor, signed in in a second browser, finds it in the inbox and accepts', async () => {
    const page = await clujContext.newPage();
    await signInInLanguage(page, 'ro', editorOf(CLUJ_ORG));
    await visit(page, '/introductions');
    const link = page.getByRole('link', { name: `${DORTMUND_NAME} → ${CLUJ_NAME}` });
    await expect.poll(() => link.count()).toBe(1);
    await expectAxeClean(page);
    await link.click();
    await page.waitForURL((url) => url.pathname === introductionPath);
    await expect.poll(() => page.getByText(MESSAGE).count()).toBe(1);
    await page.getByRole('button', { name: label('ro', 'introductions.detail.accept'), exact: true }).click();
    // Double opt-in done: the asking editor's address is revealed to the Cluj side.
    await expect.poll(() => page.getByRole('link', { name: editorOf(DORTMUND_ORG).email }).count()).toBe(1);
    expect(await page.getByText(label('ro', 'introductions.ladder.title')).count()).toBe(1);
    await expectAxeClean(page);
    await page.close();
  });

  it('the Dortmund editor sees the new tie in the network view, and one more tie across the cities', async () => {
    await visit(dortmund, NETWORK);
    await expect.poll(() => tableRows(dortmund).count()).toBeGreaterThan(15);
    await expect.poll(() => figureValue(dortmund, 'network.figures.crossCity')).toBe(crossCityBefore + 1);
    const row = dortmund.locator(`tr[data-row="${DORTMUND_ORG}"]`);
    await expect.poll(() => row.innerText()).toContain(CLUJ_NAME);
    await expectAxeClean(dortmund);
  });

  it('the Cluj-Napoca side reads the same network on a phone', async () => {
    const context = await newContext(browser, { locale: 'ro-RO', mobile: true });
    const page = await context.newPage();
    await signInInLanguage(page, 'ro', editorOf(CLUJ_ORG));
    await visit(page, NETWORK);
    await expect.poll(() => tableRows(page).count()).toBeGreaterThan(15);
    await expect.poll(() => page.locator(`li[data-row="${CLUJ_ORG}"]`).innerText()).toContain(DORTMUND_NAME);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAxeClean(page);
    await context.close();
  });
});
