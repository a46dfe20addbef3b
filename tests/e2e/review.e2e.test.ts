import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, expectAxeClean, launchBrowser, newContext, PHONE, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { visit } from './support/navigation.ts';

// Mantine appends " *" to the names of required fields.
const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const ORG = 'review-e2e-energie';
const NEAR_EXPIRY = 'Ladepunkte im Depot';
const APPROVE = 'Ladeinfrastruktur für Elektromobilität';
const RETURN = 'Beratung für Vereine';
const COMMENT = 'Bitte nennen Sie Ansprechpartner und Zeitraum.';
const DRAFT = 'Idee: Mieterstrom';

let browser: Browser;
let editorContext: BrowserContext;
let coordinatorContext: BrowserContext;
let editor: Page;
let coordinator: Page;
let anonymous: APIRequestContext;

async function csrfOf(request: APIRequestContext) {
  return (await (await request.get('/api/auth/session')).json()).csrfToken as string;
}

/** Invites someone through the API as the admin and accepts in a new browser context (no mail server in tests). */
async function invited(admin: APIRequestContext, body: Record<string, unknown>, displayName: string): Promise<BrowserContext> {
  const res = await admin.post('/api/invitations', { data: body, headers: { 'x-csrf-token': await csrfOf(admin) } });
  expect(res.status()).toBe(201);
  const token = new URL((await res.json()).acceptLink).searchParams.get('token');
  const context = await newContext(browser);
  const accepted = await context.request.post('/api/invitations/accept', { data: { token, displayName, password: 'Brücken bauen 2026!' } });
  expect(accepted.status()).toBe(200);
  return context;
}

const publicOfferTitles = async () => ((await (await anonymous.get(`/api/organisations/${ORG}`)).json()).offers as { title: string }[]).map((o) => o.title);

beforeAll(async () => {
  browser = await launchBrowser();
  const adminContext = await newContext(browser);
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, inject('adminEmail'), inject('adminPassword'));
  const admin = adminPage.request;
  const dortmund = await (await admin.get('/api/cities/dortmund')).json();
  // The admin's items are published at once; this one ends in five days.
  const created = await admin.post('/api/organisations', {
    headers: { 'x-csrf-token': await csrfOf(admin) },
    data: {
      key: ORG,
      name: 'Energieagentur Review-Test',
      kind: 'company',
      cityId: dortmund.id,
      description: [{ lang: 'de', text: 'Beratung zu Energie und Mobilität.' }],
      offers: [{ title: NEAR_EXPIRY, text: 'Zwei Ladepunkte im Betriebshof für Pilotprojekte.', lang: 'de', validUntil: isoDay(5) }],
    },
  });
  expect(created.status()).toBe(201);
  const org = await created.json();
  editorContext = await invited(admin, { email: 'redaktion@energie.example.de', role: 'org-editor', organisationId: org.id }, 'Eva Redaktion');
  coordinatorContext = await invited(admin, { email: 'koordination@dortmund.example.de', role: 'coordinator', cityId: dortmund.id }, 'Kai Koordination');
  await adminContext.close();
  editor = await editorContext.newPage();
  coordinator = await coordinatorContext.newPage();
  anonymous = (await newContext(browser)).request;
}, 120_000);
afterAll(() => browser?.close());

describe('review of offers and requests', () => {
  it('an editor adds offers with a confirmed concept; they wait for review and stay hidden', async () => {
    await visit(editor, `/organisations/${ORG}/edit`);
    const taxonomy = await (await editor.request.get('/api/taxonomy')).json();
    const electromobility = taxonomy.concepts.find((c: { key: string }) => c.key === 'electromobility').labels.en as string;

    await editor.getByRole('button', { name: label('en', 'organisations.form.addOffer') }).click();
    const second = editor.getByRole('group', { name: label('en', 'organisations.form.offerRow', { n: '2' }) });
    await second.getByRole('textbox', { name: label('en', 'organisations.items.title') }).fill(APPROVE);
    await second
      .getByRole('textbox', { name: startsWith(label('en', 'organisations.items.text')) })
      .fill('Wir bieten einen Pilotstandort für Ladesäulen und intelligente Stromnetze in der Dortmunder Nordstadt.');
    // The tagger proposes concepts for the German text; the editor confirms one.
    const confirm = second.getByRole('button', {
      name: startsWith(label('en', 'organisations.concepts.confirm', { label: electromobility, confidence: '§' }).split('§')[0]),
    });
    await confirm.waitFor({ state: 'visible', timeout: 15_000 });
    await expectAxeClean(editor);
    await confirm.click();
    await second.getByRole('button', { name: label('en', 'organisations.concepts.remove', { label: electromobility }) }).waitFor();

    await editor.getByRole('button', { name: label('en', 'organisations.form.addOffer') }).click();
    const third = editor.getByRole('group', { name: label('en', 'organisations.form.offerRow', { n: '3' }) });
    await third.getByRole('textbox', { name: label('en', 'organisations.items.title') }).fill(RETURN);
    await third.getByRole('textbox', { name: startsWith(label('en', 'organisations.items.text')) }).fill('Wir beraten Vereine zu Förderanträgen.');
    await editor.getByRole('button', { name: label('en', 'common.actions.save') }).click();
    await editor.waitForURL(`**/organisations/${ORG}`);

    const card = (title: string) => editor.getByRole('article').filter({ has: editor.getByRole('heading', { name: title }) });
    await expect.poll(() => card(APPROVE).textContent()).toContain(label('en', 'organisations.items.status.pending-review'));
    expect(await card(RETURN).textContent()).toContain(label('en', 'organisations.items.status.pending-review'));
    expect(await card(APPROVE).textContent()).toContain(electromobility);
    await expectAxeClean(editor);

    const stored = await (await editor.request.get(`/api/organisations/${ORG}`)).json();
    expect(stored.offers.find((o: { title: string }) => o.title === APPROVE).concepts).toEqual(['electromobility']);
    expect(await publicOfferTitles()).toEqual([NEAR_EXPIRY]);
  });

  it('the coordinator finds them in the queue, readable on a phone', async () => {
    await visit(coordinator, '/');
    const nav = coordinator.getByRole('navigation', { name: label('en', 'common.nav.label') });
    await expect
      .poll(() => nav.getByRole('link', { name: startsWith(label('en', 'review.nav')) }).textContent())
      .toContain(label('en', 'review.navCount', { n: '2' }));

    const phone = await browser.newContext({
      baseURL: baseUrl(),
      locale: 'en-GB',
      viewport: PHONE,
      reducedMotion: 'reduce',
      storageState: await coordinatorContext.storageState(),
    });
    const small = await phone.newPage();
    await visit(small, '/review');
    await small.getByRole('heading', { name: APPROVE }).waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectAxeClean(small);
    await phone.close();

    // Administrators see every city's queue and can narrow it to one city.
    const adminPage = await (await newContext(browser)).newPage();
    await signIn(adminPage, inject('adminEmail'), inject('adminPassword'));
    await visit(adminPage, '/review');
    await adminPage.getByRole('heading', { name: APPROVE }).waitFor();
    const cluj = await (await adminPage.request.get('/api/cities/cluj-napoca')).json();
    await adminPage.getByRole('combobox', { name: label('en', 'review.city') }).selectOption(cluj.id);
    await adminPage.getByText(label('en', 'review.empty')).waitFor();
    await expectAxeClean(adminPage);
    // Members and organisation editors are told the page is not theirs.
    await visit(editor, '/review');
    await editor.getByText(label('en', 'common.noAccess.body')).waitFor();
  });

  it('approves one by keyboard and sends the other back with a required comment', async () => {
    await visit(coordinator, '/review');
    await coordinator.getByRole('heading', { name: RETURN }).waitFor();
    const queued = (title: string) => coordinator.getByRole('article').filter({ has: coordinator.getByRole('heading', { name: title }) });
    expect(await queued(APPROVE).textContent()).toContain(label('en', 'review.previous.none'));
    await expectAxeClean(coordinator);

    await coordinator.getByRole('button', { name: label('en', 'review.approveFor', { title: APPROVE }) }).focus();
    await coordinator.keyboard.press('Enter');
    await expect.poll(() => coordinator.getByRole('heading', { name: APPROVE }).count()).toBe(0);
    // The keyboard goes on with the next item in the queue.
    await expect.poll(() => coordinator.evaluate(() => document.activeElement?.textContent)).toBe(RETURN);

    await coordinator.getByRole('button', { name: label('en', 'review.return.openFor', { title: RETURN }) }).focus();
    await coordinator.keyboard.press('Enter');
    const comment = coordinator.getByRole('textbox', { name: startsWith(label('en', 'review.return.comment')) });
    await expect.poll(() => comment.evaluate((el) => el === document.activeElement)).toBe(true);
    // Cancel, then the submit button: sending without a comment is refused in the field.
    await coordinator.keyboard.press('Tab');
    await coordinator.keyboard.press('Tab');
    await coordinator.keyboard.press('Enter');
    await coordinator.getByText(label('en', 'common.rules.required')).waitFor();
    await expect.poll(() => comment.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAxeClean(coordinator);
    await coordinator.keyboard.type(COMMENT);
    await coordinator.keyboard.press('Tab');
    await coordinator.keyboard.press('Tab');
    await coordinator.keyboard.press('Enter');
    await coordinator.getByText(label('en', 'review.empty')).waitFor();
    await expectAxeClean(coordinator);

    expect((await publicOfferTitles()).sort()).toEqual([APPROVE, NEAR_EXPIRY].sort());
    // Search follows the decisions at once: the approved item is found, the returned one is not.
    const searchTitles = async (q: string) =>
      ((await (await anonymous.get(`/api/search?q=${encodeURIComponent(q)}`)).json()).items as { title: string }[]).map((h) => h.title);
    expect(await searchTitles('Ladeinfrastruktur Elektromobilität')).toContain(APPROVE);
    expect(await searchTitles('Beratung Vereine')).not.toContain(RETURN);
    const publicPage = await (await newContext(browser)).newPage();
    await visit(publicPage, `/organisations/${ORG}`);
    await publicPage.getByRole('heading', { name: APPROVE }).waitFor();
    expect(await publicPage.getByRole('heading', { name: RETURN }).count()).toBe(0);
  });

  it('the editor sees the coordinator’s comment and renews the item near expiry in one click', async () => {
    // The reminder mail's link, opened signed out, asks to sign in first.
    const signedOut = await (await newContext(browser, { mobile: true })).newPage();
    await visit(signedOut, `/organisations/${ORG}?renew=1`);
    await signedOut.getByText(label('en', 'organisations.renewSignIn.body')).waitFor();
    await expectAxeClean(signedOut);

    // Signed in, the same link puts the focus on the first Renew button.
    await visit(editor, `/organisations/${ORG}?renew=1`);
    const card = (title: string) => editor.getByRole('article').filter({ has: editor.getByRole('heading', { name: title }) });
    await expect.poll(() => card(RETURN).textContent()).toContain(label('en', 'organisations.items.reviewComment', { comment: COMMENT }));
    expect(await card(RETURN).textContent()).toContain(label('en', 'organisations.items.status.returned'));
    expect(await card(APPROVE).textContent()).toContain(label('en', 'organisations.items.status.approved'));
    expect(await card(NEAR_EXPIRY).textContent()).toContain(label('en', 'organisations.items.expiresIn', { date: '§', n: '5' }).split('§')[1]);
    await expectAxeClean(editor);

    const renew = card(NEAR_EXPIRY).getByRole('button', { name: label('en', 'organisations.items.renewFor', { title: NEAR_EXPIRY }) });
    await expect.poll(() => renew.evaluate((el) => el === document.activeElement)).toBe(true);
    await editor.keyboard.press('Enter');
    await editor.getByText(startsWith(label('en', 'organisations.items.renewed', { title: NEAR_EXPIRY, date: '§' }).split('§')[0])).waitFor();
    const stored = await (await editor.request.get(`/api/organisations/${ORG}`)).json();
    const renewed = stored.offers.find((o: { title: string }) => o.title === NEAR_EXPIRY);
    const [y, m, d] = isoDay(5).split('-');
    expect(renewed.validUntil).toBe(`${Number(y) + 1}-${m}-${d}`);
    await expect.poll(() => card(NEAR_EXPIRY).getByRole('button').count()).toBe(0);
    await expectAxeClean(editor);
  });

  it('the completeness panel leads to the missing field, and a draft is submitted from the page', async () => {
    await visit(editor, `/organisations/${ORG}`);
    const panel = editor.getByRole('region', { name: label('en', 'organisations.completeness.title') });
    await panel.getByRole('link', { name: label('en', 'organisations.completeness.missing.website') }).click();
    await editor.waitForURL(`**/organisations/${ORG}/edit#org-form-website`);
    const website = editor.getByRole('textbox', { name: startsWith(label('en', 'organisations.fields.website')) });
    await expect.poll(() => website.evaluate((el) => el === document.activeElement)).toBe(true);
    await editor.keyboard.type('https://energie.example.de');

    await editor.getByRole('button', { name: label('en', 'organisations.form.addOffer') }).click();
    const draftRow = editor.getByRole('group', { name: label('en', 'organisations.form.offerRow', { n: '4' }) });
    await draftRow.getByRole('textbox', { name: label('en', 'organisations.items.title') }).fill(DRAFT);
    await draftRow.getByRole('textbox', { name: startsWith(label('en', 'organisations.items.text')) }).fill('Eine Idee, noch nicht fertig.');
    await draftRow.getByRole('checkbox', { name: label('en', 'organisations.items.keepDraft') }).check();
    await expectAxeClean(editor);
    await editor.getByRole('button', { name: label('en', 'common.actions.save') }).click();
    await editor.waitForURL(`**/organisations/${ORG}`);

    const card = editor.getByRole('article').filter({ has: editor.getByRole('heading', { name: DRAFT }) });
    await expect.poll(() => card.textContent()).toContain(label('en', 'organisations.items.status.draft'));
    expect(await panel.textContent()).not.toContain(label('en', 'organisations.completeness.missing.website'));
    const queueTitles = async () => ((await (await coordinator.request.get('/api/review-queue')).json()).items as { title: string }[]).map((i) => i.title);
    expect(await queueTitles()).not.toContain(DRAFT);

    await card.getByRole('button', { name: label('en', 'organisations.items.submitFor', { title: DRAFT }) }).click();
    await expect.poll(() => card.textContent()).toContain(label('en', 'organisations.items.status.pending-review'));
    expect(await queueTitles()).toContain(DRAFT);
    await expectAxeClean(editor);

    // The coordinator opens the queue; the editor changes the item before the decision.
    await visit(coordinator, '/review');
    await coordinator.getByRole('heading', { name: DRAFT }).waitFor();
    const org = await (await editor.request.get(`/api/organisations/${ORG}`)).json();
    const asInput = (i: Record<string, unknown>) => ({
      id: i.id,
      category: i.category,
      lang: i.lang,
      title: i.title,
      themes: i.themes,
      validUntil: i.validUntil,
      concepts: i.concepts,
      text: i.title === DRAFT ? 'Mieterstrom für drei Wohnblöcke, fertig beschrieben.' : i.text,
    });
    const changed = await editor.request.put(`/api/organisations/${org.id}`, {
      headers: { 'x-csrf-token': await csrfOf(editor.request) },
      data: {
        name: org.name,
        kind: org.kind,
        cityId: org.city.id,
        version: org.version,
        website: org.website,
        description: org.description,
        offers: org.offers.map(asInput),
        requests: [],
      },
    });
    expect(changed.status()).toBe(200);
    await coordinator.getByRole('button', { name: label('en', 'review.approveFor', { title: DRAFT }) }).click();
    const conflict = coordinator.getByRole('dialog', { name: label('en', 'common.conflict.title') });
    await conflict.waitFor();
    await expectAxeClean(coordinator);
    await conflict.getByRole('button', { name: label('en', 'common.conflict.reload') }).click();
    await coordinator.getByText('Mieterstrom für drei Wohnblöcke, fertig beschrieben.').waitFor();
    expect((await publicOfferTitles()).includes(DRAFT)).toBe(false);
  });
});
