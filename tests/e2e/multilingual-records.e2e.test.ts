import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PARTNERSHIP_KEY, demoAgreement, demoTimeline } from '../../src/features/demo/demo-facts.ts';
import { expectAxeClean, launchBrowser, newContext } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { invitationToken } from './support/invitations.ts';
import { visit } from './support/navigation.ts';

// Issue 11, multilingual records: the Letter of Intent and the timeline in the reader's language,
// the original with a note where the demo has no translation (Hungarian), and a coordinator who
// writes the Romanian title.
const PATH = `/partnerships/${DEMO_PARTNERSHIP_KEY}`;
const PASSWORD = 'Brücken bauen 2026!';
const NEW_RO_TITLE = 'Scrisoare de intenție privind parteneriatul de proiect Dortmund – Cluj-Napoca';

let browser: Browser;
const contexts: BrowserContext[] = [];

async function reader(locale: string, mobile = false): Promise<Page> {
  const context = await newContext(browser, { locale, mobile });
  contexts.push(context);
  return context.newPage();
}

const agreementHeading = (page: Page, title: string) => page.getByRole('heading', { level: 3, name: title, exact: true });

beforeAll(async () => {
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
});

describe('agreements and timeline in four languages', () => {
  it('shows the Letter of Intent and the timeline in German on the German page', async () => {
    const page = await reader('de-DE');
    await visit(page, PATH);
    const title = agreementHeading(page, demoAgreement.title.de);
    await expect.poll(() => title.isVisible()).toBe(true);
    expect(await title.getAttribute('lang')).toBe('de');
    await expect.poll(() => page.getByText(demoAgreement.summary.de).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(demoAgreement.signatories[0].office.de).first().isVisible()).toBe(true);
    for (const event of demoTimeline) {
      await expect.poll(() => page.getByRole('heading', { level: 3, name: event.title.de, exact: true }).isVisible(), { message: event.title.de }).toBe(true);
      await expect.poll(() => page.getByText(event.description.de).isVisible(), { message: event.description.de }).toBe(true);
    }
    // German is the original: no note that another language is shown.
    expect(await page.getByText(label('de', 'common.localisedText.shownInOriginal', { language: 'Deutsch' })).count()).toBe(0);
    expect(await page.getByText(demoAgreement.title.en, { exact: true }).count()).toBe(0);
    await expectAxeClean(page);
  });

  it('shows the German original with a Hungarian note on the Hungarian page, also on a phone', async () => {
    const page = await reader('hu-HU', true);
    await visit(page, PATH);
    const title = agreementHeading(page, demoAgreement.title.de);
    await expect.poll(() => title.isVisible()).toBe(true);
    expect(await title.getAttribute('lang')).toBe('de');
    const note = label('hu', 'common.localisedText.shownInOriginal', { language: new Intl.DisplayNames(['hu'], { type: 'language' }).of('de')! });
    // One note under the agreement's title, one under each timeline event's title.
    await expect.poll(() => page.getByText(note, { exact: true }).count()).toBe(1 + demoTimeline.length);
    await expect.poll(() => page.getByRole('heading', { level: 3, name: demoTimeline[0].title.de, exact: true }).isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAxeClean(page);
  });

  it('lets a Cluj-Napoca coordinator change the Romanian title, shown on the Romanian page', async () => {
    const token = await invitationToken(browser, { email: 'multilingual-e2e@cluj-napoca.example.org', role: 'coordinator', city: 'cluj-napoca' });
    const context = await newContext(browser, { locale: 'ro-RO' });
    contexts.push(context);
    const accepted = await context.request.post('/api/invitations/accept', { data: { token, displayName: 'Ioana Pop', password: PASSWORD } });
    expect(accepted.status()).toBe(200);
    const page = await context.newPage();
    await visit(page, PATH);
    const title = agreementHeading(page, demoAgreement.title.ro);
    await expect.poll(() => title.isVisible()).toBe(true);

    await page.getByRole('button', { name: `${label('ro', 'common.actions.edit')} (${demoAgreement.title.ro})` }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The fields edit the reader's language first; the original stays German.
    expect(await dialog.getByLabel(label('ro', 'common.localisedText.editLanguage')).inputValue()).toBe('ro');
    expect(await dialog.getByLabel(label('ro', 'common.localisedText.originalLanguage')).inputValue()).toBe('de');
    const titleField = dialog.getByLabel(
      label('ro', 'common.localisedText.inLanguage', { field: label('ro', 'partnerships.agreements.agreementTitle'), language: 'Română' }),
    );
    expect(await titleField.inputValue()).toBe(demoAgreement.title.ro);
    await expectAxeClean(page);
    await titleField.fill(NEW_RO_TITLE);
    // Looking at the German text keeps the Romanian one typed so far.
    await dialog.getByLabel(label('ro', 'common.localisedText.editLanguage')).selectOption('de');
    const germanField = dialog.getByLabel(
      label('ro', 'common.localisedText.inLanguage', { field: label('ro', 'partnerships.agreements.agreementTitle'), language: 'Deutsch' }),
    );
    expect(await germanField.inputValue()).toBe(demoAgreement.title.de);
    await dialog.getByRole('button', { name: label('ro', 'common.actions.save') }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => agreementHeading(page, NEW_RO_TITLE).isVisible()).toBe(true);
    await expectAxeClean(page);

    // The German reader still sees the German title; the record keeps every language.
    const agreement = (await (await page.request.get(`/api/partnerships/${DEMO_PARTNERSHIP_KEY}`)).json()).agreements[0];
    expect(agreement.title).toEqual({ de: demoAgreement.title.de, ro: NEW_RO_TITLE, en: demoAgreement.title.en });
    expect(agreement.originalLang).toBe('de');
  });
});
