import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CreatedDemoAccount } from '../../src/features/demo/demo-accounts.ts';
import { expectAxeClean, launchBrowser, newContext, signIn as signInAdmin } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { visit } from './support/navigation.ts';
import { signInInLanguage } from './support/sign-in-in-language.ts';

// The "done when" for the joint action programme: the Dortmund coordinator (German) writes
// a programme 2021–2024 with the focus themes, a goal and two measures (40 % and 80 %); the field
// and the programme show 60 %. The Cluj-Napoca coordinator (Romanian, a second browser) edits a
// measure; the Dortmund coordinator, still holding the old version, saves and is refused.
// The demo partnership has its own 2021–2024 programme, and a partnership has one programme per
// period: the journey runs on a partnership of the same two cities made for it through the API.
const PARTNERSHIP = 'dortmund-cluj-napoca-action-plan';
const PROGRAMME_TITLE = 'Gemeinsames Aktionsprogramm 2021–2024';
const GOAL = 'Gemeinsame Datenplattform beider Städte';
const MEASURE_1 = 'Offene Verkehrsdaten veröffentlichen';
const MEASURE_2 = 'Smart-City-Werkstatt in Cluj-Napoca';
const GOAL_2 = 'Austausch der Verwaltungen';

let browser: Browser;
let dortmundContext: BrowserContext;
let clujContext: BrowserContext;
let dortmund: Page;
let cluj: Page;
let programmePath: string;
let themeCount: number;
let removePartnership: (() => Promise<void>) | undefined;

const accounts = () => JSON.parse(inject('demoAccounts')) as CreatedDemoAccount[];
const coordinatorOf = (cityKey: string) => {
  const account = accounts().find((a) => a.role === 'coordinator' && a.cityKey === cityKey);
  if (!account) throw new Error(`the demo has no coordinator of ${cityKey}`);
  return account;
};

const de = (key: string, vars?: Record<string, string>) => label('de', key, vars);
const ro = (key: string, vars?: Record<string, string>) => label('ro', key, vars);
const inLanguage = (lang: 'de' | 'ro', field: string, language: string) => label(lang, 'common.localisedText.inLanguage', { field, language });

async function openDialog(page: Page, button: Locator) {
  await button.click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  return dialog;
}

async function saveAndClose(page: Page, dialog: Locator, saveLabel: string) {
  await dialog.getByRole('button', { name: saveLabel, exact: true }).click();
  await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);
}

async function addMeasure(title: string, progress: string) {
  const dialog = await openDialog(dortmund, dortmund.getByRole('button', { name: `${de('action-programmes.measure.add')} (${GOAL})` }));
  await dialog.getByLabel(inLanguage('de', de('action-programmes.measure.title'), 'Deutsch')).fill(title);
  await dialog.getByLabel(de('action-programmes.measure.status')).selectOption('running');
  await dialog.getByRole('textbox', { name: de('action-programmes.measure.progress'), exact: true }).fill(progress);
  return dialog;
}

const apiProgramme = async (page: Page) =>
  (await (await page.request.get(`/api${programmePath}`)).json()) as {
    rollUp: { progress: number };
    fields: {
      themeName: string;
      rollUp: { progress: number };
      goals: { id: string; title: { de?: string }; rollUp: { progress: number }; measures: { title: { de?: string }; progress: number }[] }[];
    }[];
  };

beforeAll(async () => {
  browser = await launchBrowser();
  // The partnership of the journey, as an administrator sets it up: both cities, the demo's focus themes.
  const adminContext = await newContext(browser);
  const admin = await adminContext.newPage();
  await signInAdmin(admin, inject('adminEmail'), inject('adminPassword'));
  const headers = { 'x-csrf-token': (await (await admin.request.get('/api/auth/session')).json()).csrfToken as string };
  const demo = await (await admin.request.get('/api/partnerships/dortmund-cluj-napoca')).json();
  themeCount = demo.themes.length;
  expect(themeCount).toBeGreaterThan(0);
  const created = await admin.request.post('/api/partnerships', {
    data: {
      key: PARTNERSHIP,
      name: 'Dortmund – Cluj-Napoca: Aktionsplan',
      kind: 'project-partnership',
      status: 'active',
      cities: demo.cities.map((c: { id: string }) => c.id),
      themes: demo.themes,
    },
    headers,
  });
  expect(created.status(), await created.text()).toBe(201);
  // Removed again after the journey: the other journeys find the demo's cities in one partnership only.
  removePartnership = async () => {
    const removed = await admin.request.delete(`/api/partnerships/${PARTNERSHIP}`, { headers });
    expect(removed.status(), await removed.text()).toBe(204);
    await adminContext.close();
  };

  dortmundContext = await newContext(browser, { locale: 'de-DE' });
  clujContext = await newContext(browser, { locale: 'ro-RO' });
  dortmund = await dortmundContext.newPage();
  cluj = await clujContext.newPage();
  await signInInLanguage(dortmund, 'de', coordinatorOf('dortmund'));
  await signInInLanguage(cluj, 'ro', coordinatorOf('cluj-napoca'));
}, 120_000);
afterAll(async () => {
  await removePartnership?.();
  await browser?.close();
});

describe('the joint action programme', () => {
  it('the Dortmund coordinator creates a programme 2021–2024 with the focus themes as fields of action', async () => {
    await visit(dortmund, `/partnerships/${PARTNERSHIP}/programme`);
    await expect.poll(() => dortmund.getByText(de('action-programmes.list.empty')).count(), { timeout: 10_000 }).toBe(1);
    await expectAxeClean(dortmund);

    const dialog = await openDialog(dortmund, dortmund.getByRole('button', { name: de('action-programmes.list.new') }));
    await dialog.getByLabel(inLanguage('de', de('action-programmes.programme.title'), 'Deutsch')).fill(PROGRAMME_TITLE);
    await dialog.getByLabel(de('action-programmes.programme.startsOn')).fill('2021-01-01');
    await dialog.getByLabel(de('action-programmes.programme.endsOn')).fill('2024-12-31');
    expect(await dialog.getByLabel(de('action-programmes.programme.withFocusThemes')).isChecked()).toBe(true);
    await saveAndClose(dortmund, dialog, de('action-programmes.programme.create'));

    await dortmund.waitForURL((url) => url.pathname.startsWith('/programmes/'), { timeout: 10_000 });
    programmePath = new URL(dortmund.url()).pathname;
    await expect.poll(() => dortmund.getByRole('heading', { level: 1 }).innerText(), { timeout: 10_000 }).toBe(PROGRAMME_TITLE);
    const stored = await apiProgramme(dortmund);
    expect(stored.fields).toHaveLength(themeCount);
    await expect.poll(() => dortmund.getByRole('button', { name: new RegExp(`^${de('action-programmes.goal.add')}`) }).count()).toBe(themeCount);
  });

  it('adds a goal and two measures at 40 % and 80 %: the field and the programme show 60 %', async () => {
    const goal = await openDialog(dortmund, dortmund.getByRole('button', { name: new RegExp(`^${de('action-programmes.goal.add')}`) }).first());
    await goal.getByLabel(inLanguage('de', de('action-programmes.goal.title'), 'Deutsch')).fill(GOAL);
    await saveAndClose(dortmund, goal, de('common.actions.save'));
    await expect.poll(() => dortmund.getByRole('heading', { name: GOAL }).count(), { timeout: 10_000 }).toBe(1);

    // A measure without a title is refused, and the form says so on the field, in German.
    const first = await addMeasure('', '40');
    await first.getByRole('button', { name: de('common.actions.save'), exact: true }).click();
    await expect.poll(() => first.getByText(de('common.rules.required')).count(), { timeout: 10_000 }).toBe(1);
    await first.getByLabel(inLanguage('de', de('action-programmes.measure.title'), 'Deutsch')).fill(MEASURE_1);

    // The first measure names who is responsible in Dortmund and how its success is measured.
    await first.getByRole('button', { name: de('action-programmes.responsible.add') }).click();
    await first.getByText(de('action-programmes.responsible.office'), { exact: true }).click();
    await first.getByRole('textbox', { name: de('action-programmes.responsible.office') }).fill('Amt für Digitalisierung');
    await first.getByRole('button', { name: de('action-programmes.indicator.add') }).click();
    await first.getByLabel(inLanguage('de', de('action-programmes.indicator.name'), 'Deutsch')).fill('Veröffentlichte Datensätze');
    await first.getByLabel(de('action-programmes.indicator.target'), { exact: true }).fill('50');
    await first.getByLabel(de('action-programmes.indicator.achieved'), { exact: true }).fill('20');
    await first.getByLabel(de('action-programmes.measure.sdgTargets')).fill('11.2, 17.b');
    await saveAndClose(dortmund, first, de('common.actions.save'));
    await saveAndClose(dortmund, await addMeasure(MEASURE_2, '80'), de('common.actions.save'));

    await expect
      .poll(() => dortmund.getByTestId('programme-progress').innerText(), { timeout: 10_000 })
      .toBe(de('action-programmes.glance.overall', { percent: '60' }));
    expect(await dortmund.getByTestId('field-progress').first().innerText()).toBe('60 %');
    await expect.poll(() => dortmund.getByText('Amt für Digitalisierung').count()).toBeGreaterThan(0);
    const stored = await apiProgramme(dortmund);
    expect(stored.fields[0]!.rollUp.progress).toBe(60);
    expect(stored.rollUp.progress).toBe(60);
    await dortmund.waitForLoadState('networkidle');
    await expectAxeClean(dortmund);
  });

  it('the Cluj-Napoca coordinator edits a measure; the Dortmund coordinator, holding the old version, is refused', async () => {
    // Dortmund opens the first measure and keeps the form open.
    const stale = await openDialog(dortmund, dortmund.getByRole('button', { name: `${de('common.actions.edit')} (${MEASURE_1})` }));

    await visit(cluj, programmePath, PROGRAMME_TITLE);
    const edit = await openDialog(cluj, cluj.getByRole('button', { name: `${ro('common.actions.edit')} (${MEASURE_1})` }));
    await edit.getByRole('textbox', { name: ro('action-programmes.measure.progress'), exact: true }).fill('50');
    await saveAndClose(cluj, edit, ro('common.actions.save'));
    await expect
      .poll(() => cluj.getByTestId('programme-progress').innerText(), { timeout: 10_000 })
      .toBe(ro('action-programmes.glance.overall', { percent: '65' }));

    await stale.getByRole('textbox', { name: de('action-programmes.measure.progress'), exact: true }).fill('45');
    await stale.getByRole('button', { name: de('common.actions.save'), exact: true }).click();
    const conflict = dortmund.getByRole('dialog', { name: de('common.conflict.title') });
    await expect.poll(() => conflict.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await conflict.innerText()).toContain(de('common.conflict.body'));
    await expectAxeClean(dortmund);

    // Cluj-Napoca's change stands; reloading shows it in the form.
    const stored = await apiProgramme(dortmund);
    expect(stored.fields[0]!.goals[0]!.measures.find((m) => m.title.de === MEASURE_1)?.progress).toBe(50);
    await conflict.getByRole('button', { name: de('common.conflict.reload') }).click();
    await expect
      .poll(() => stale.getByRole('textbox', { name: de('action-programmes.measure.progress'), exact: true }).inputValue(), { timeout: 10_000 })
      .toBe('50 %');
    await stale.getByRole('button', { name: de('common.actions.cancel') }).click();
    await expect
      .poll(() => dortmund.getByTestId('programme-progress').innerText(), { timeout: 10_000 })
      .toBe(de('action-programmes.glance.overall', { percent: '65' }));
  });

  it("edits a field of action's description, and moves a measure to another goal: both goals roll up anew", async () => {
    const field = await openDialog(dortmund, dortmund.getByRole('button', { name: new RegExp(`^${de('action-programmes.field.editDescription')}`) }).first());
    await field.getByLabel(inLanguage('de', de('action-programmes.field.description'), 'Deutsch')).fill('Offene Daten für beide Städte.');
    await expectAxeClean(dortmund);
    await saveAndClose(dortmund, field, de('common.actions.save'));
    await expect.poll(() => dortmund.getByText('Offene Daten für beide Städte.').count(), { timeout: 10_000 }).toBe(1);

    const goal = await openDialog(dortmund, dortmund.getByRole('button', { name: new RegExp(`^${de('action-programmes.goal.add')}`) }).first());
    await goal.getByLabel(inLanguage('de', de('action-programmes.goal.title'), 'Deutsch')).fill(GOAL_2);
    await saveAndClose(dortmund, goal, de('common.actions.save'));
    await expect.poll(() => dortmund.getByRole('heading', { name: GOAL_2 }).count(), { timeout: 10_000 }).toBe(1);
    const target = (await apiProgramme(dortmund)).fields[0]!.goals.find((g) => g.title.de === GOAL_2)!;

    const edit = await openDialog(dortmund, dortmund.getByRole('button', { name: `${de('common.actions.edit')} (${MEASURE_2})` }));
    await edit.getByLabel(de('action-programmes.measure.goal'), { exact: true }).selectOption(target.id);
    await expectAxeClean(dortmund);
    await saveAndClose(dortmund, edit, de('common.actions.save'));

    // The measure now shows under the second goal; the first keeps only the measure at 50 %.
    const second = dortmund.getByRole('region', { name: GOAL_2 });
    await expect.poll(() => second.getByText(MEASURE_2).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await dortmund.getByRole('region', { name: GOAL, exact: true }).getByText(MEASURE_2).count()).toBe(0);
    const goals = (await apiProgramme(dortmund)).fields[0]!.goals;
    const first = goals.find((g) => g.title.de === GOAL)!;
    const moved = goals.find((g) => g.title.de === GOAL_2)!;
    expect(first.measures.map((m) => m.title.de)).toEqual([MEASURE_1]);
    expect(first.rollUp.progress).toBe(50);
    expect(moved.measures.map((m) => m.title.de)).toEqual([MEASURE_2]);
    expect(moved.rollUp.progress).toBe(80);
    await dortmund.waitForLoadState('networkidle');
    await expectAxeClean(dortmund);
  });

  it('lists the periods with the current one first, and fits a phone', async () => {
    // A second programme for the next period, through the API: the list then offers a choice.
    const headers = { 'x-csrf-token': (await (await cluj.request.get('/api/auth/session')).json()).csrfToken as string };
    const next = await cluj.request.post(`/api/partnerships/${PARTNERSHIP}/programmes`, {
      data: { title: { ro: 'Program comun de acțiune 2025–2028' }, originalLang: 'ro', startsOn: '2025-01-01', endsOn: '2028-12-31', withFocusThemes: false },
      headers,
    });
    expect(next.status(), await next.text()).toBe(201);

    // A third programme overlapping the first is refused, with the reason on the start date.
    await visit(dortmund, `/partnerships/${PARTNERSHIP}/programme`);
    const overlap = await openDialog(dortmund, dortmund.getByRole('button', { name: de('action-programmes.list.new') }));
    await overlap.getByLabel(inLanguage('de', de('action-programmes.programme.title'), 'Deutsch')).fill('Überschneidung');
    await overlap.getByLabel(de('action-programmes.programme.startsOn')).fill('2024-01-01');
    await overlap.getByLabel(de('action-programmes.programme.endsOn')).fill('2024-12-31');
    await overlap.getByRole('button', { name: de('action-programmes.programme.create'), exact: true }).click();
    await expect.poll(() => overlap.getByText(de('action-programmes.rules.overlap')).count(), { timeout: 10_000 }).toBe(1);
    await overlap.getByRole('button', { name: de('common.actions.cancel') }).click();
    await expect.poll(() => dortmund.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);
    await expectAxeClean(dortmund);

    const phone = await (await newContext(browser, { locale: 'de-DE', mobile: true })).newPage();
    await signInInLanguage(phone, 'de', coordinatorOf('dortmund'));
    await visit(phone, `/partnerships/${PARTNERSHIP}/programme`);
    const period = phone.getByLabel(de('action-programmes.list.period'));
    await expect.poll(() => period.count(), { timeout: 10_000 }).toBe(1);
    const today = new Date().toISOString().slice(0, 10);
    const expectedFirst = today >= '2025-01-01' ? '2025–2028' : '2021–2024';
    expect((await period.locator('option').allInnerTexts())[0]).toBe(expectedFirst);
    await period.selectOption({ label: '2021–2024' });
    await phone.getByRole('link', { name: PROGRAMME_TITLE }).click();
    await expect.poll(() => phone.getByRole('heading', { level: 1 }).innerText(), { timeout: 10_000 }).toBe(PROGRAMME_TITLE);
    await phone.waitForLoadState('networkidle');
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAxeClean(phone);
    await phone.context().close();
  });

  it("the demo partnership's programme reads at a glance for anyone, in English", async () => {
    const visitor = await (await newContext(browser)).newPage();
    const list = await (await visitor.request.get('/api/partnerships/dortmund-cluj-napoca/programmes')).json();
    expect(list.items.length).toBeGreaterThan(0);
    await visit(visitor, `/programmes/${list.items[0].key}`);
    await expect.poll(() => visitor.getByRole('heading', { name: label('en', 'action-programmes.glance.byField') }).count(), { timeout: 10_000 }).toBe(1);
    expect(await visitor.locator('svg[role="img"]').count()).toBeGreaterThan(0);
    // Reading is public; editing is not offered to a visitor.
    expect(await visitor.getByRole('button', { name: label('en', 'action-programmes.programme.edit') }).count()).toBe(0);
    await expectAxeClean(visitor);
    await visitor.context().close();
  });
});
