import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { invitationToken } from './support/invitations.ts';
import { visit } from './support/navigation.ts';

// The demo project idea from a Dortmund coordinator's seat: a partner suggested by the matching
// engine joins the consortium, the pipeline's list view shows the project, and two editors of
// the project's facts get the conflict dialog instead of overwriting each other.
const CALL = 'HORIZON-MISS-2027-CIT-02-03';
const PARTNERSHIP = 'dortmund-cluj-napoca';
const DEMO_TITLE = 'Urban digital twins for heat resilience';
const EMAIL = 'project-views-e2e@dortmund.example.org';
const PASSWORD = 'Brücken bauen 2026!';
const en = (key: string, vars: Record<string, string> = {}) => label('en', key, vars);

interface Suggestion {
  organisation: { id: string; name: string; city: { key: string; name: string } };
}

let browser: Browser;
let context: BrowserContext;
let page: Page;
let projectId: string;

/** The edit form of the project's facts, opened from the "About the project" section. */
async function openEditForm(target: Page): Promise<Locator> {
  await visit(target, `/projects/${projectId}`);
  await target
    .locator('section[aria-labelledby="project-facts"]')
    .getByRole('button', { name: en('common.actions.edit'), exact: true })
    .click();
  const dialog = target.getByRole('dialog', { name: en('projects.edit.title') });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  return dialog;
}

const summaryField = (form: Locator) => form.getByRole('textbox', { name: en('projects.edit.summary') });

beforeAll(async () => {
  browser = await launchBrowser();
  // The admin invites a Dortmund coordinator; the accepted invitation signs the new context in.
  const token = await invitationToken(browser, { email: EMAIL, role: 'coordinator', city: 'dortmund' });
  context = await newContext(browser);
  const accepted = await context.request.post('/api/invitations/accept', { data: { token, displayName: 'Lena Hoffmann', password: PASSWORD } });
  expect(accepted.status()).toBe(200);
  page = await context.newPage();

  // The demo's project idea answers the cities-mission call.
  const list = await (await page.request.get(`/api/projects?partnership=${PARTNERSHIP}`)).json();
  const demo = list.items.find((p: { title: string; call: { identifier: string } | null }) => p.title === DEMO_TITLE && p.call?.identifier === CALL);
  expect(demo, 'the demo project idea linked to the call').toBeTruthy();
  projectId = demo.id;
}, 120_000);
afterAll(() => browser?.close());

describe('the demo project: suggested partners, the list view and concurrent edits', () => {
  it('adds a suggested Cluj-Napoca organisation to the consortium from the suggestions panel', async () => {
    await visit(page, `/projects/${projectId}`);
    await expectAxeClean(page);

    const suggestions = await (await page.request.get(`/api/projects/${projectId}/partner-suggestions?lang=en&limit=8`)).json();
    const cluj: Suggestion | undefined = suggestions.items.find((s: Suggestion) => s.organisation.city.key === 'cluj-napoca');
    expect(cluj, 'a Cluj-Napoca organisation is suggested for the call').toBeTruthy();
    const name = cluj!.organisation.name;

    const toggle = page.getByRole('button', { name: en('projects.suggest.show') });
    await toggle.click();
    await expect.poll(() => page.getByRole('button', { name: en('projects.suggest.hide') }).getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator('#partner-suggestions');
    const card = panel.getByRole('article', { name, exact: true });
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    expect(await card.innerText()).toContain(cluj!.organisation.city.name);
    await expectAxeClean(page);

    // "Add" opens the consortium form with the organisation already chosen: confirming adds it.
    await card.getByRole('button', { name: en('projects.suggest.addLabel', { name }) }).click();
    const dialog = page.getByRole('dialog', { name: en('projects.consortium.addTitle') });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The organisation is chosen at once; its name shows when the picker's options have loaded
    // (CI on a loaded machine read the box before that and found it empty).
    const picker = dialog.getByRole('textbox', { name: en('projects.consortium.organisation') });
    await expect.poll(() => picker.inputValue(), { timeout: 10_000 }).toBe(name);
    await dialog.getByRole('button', { name: en('projects.consortium.add') }).click();
    await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);

    const row = page.locator('section[aria-labelledby="project-consortium"] table tr').filter({ has: page.getByRole('cell', { name, exact: true }) });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.getByRole('cell', { name: cluj!.organisation.city.name, exact: true }).count()).toBe(1);
    expect(await row.getByRole('cell', { name: en('projects.role.partner'), exact: true }).count()).toBe(1);
    const project = await (await page.request.get(`/api/projects/${projectId}`)).json();
    const added = project.consortium.find((p: { organisation: { id: string } }) => p.organisation.id === cluj!.organisation.id);
    expect(added?.role).toBe('partner');
    expect(added?.organisation.city.key).toBe('cluj-napoca');
    await expectAxeClean(page);
  });

  it('shows the project in the list view with its stage, call and cities', async () => {
    await visit(page, `/projects?partnership=${PARTNERSHIP}`);
    await page.getByText(en('projects.view.list'), { exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('view')).toBe('list');
    const table = page.getByRole('table', { name: en('projects.list.label') });
    await expect.poll(() => table.count(), { timeout: 10_000 }).toBe(1);
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
    expect(headers).toEqual(expect.arrayContaining([en('projects.list.stage'), en('projects.list.call'), en('projects.list.cities')]));

    const project = await (await page.request.get(`/api/projects/${projectId}`)).json();
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: project.title, exact: true }) });
    await expect.poll(() => row.count()).toBe(1);
    const cells = (await row.getByRole('cell').allInnerTexts()).map((c) => c.trim());
    const at = (column: string) => cells[headers.indexOf(en(`projects.list.${column}`))];
    expect(at('stage')).toBe(en(`projects.stage.${project.stage}`));
    expect(at('call')).toBe(CALL);
    expect(at('cities').split(', ').sort()).toEqual(['Cluj-Napoca', 'Dortmund']);

    // The list as a spreadsheet: the same filter, a comma for the English interface.
    const download = page.getByRole('link', { name: en('projects.download') });
    const href = (await download.getAttribute('href'))!;
    expect(href).toBe(`/api/projects/export.csv?partnership=${PARTNERSHIP}&separator=comma`);
    const csv = await page.request.get(href);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain(project.title);
    await expectAxeClean(page);
  });

  it('ranks calls for the project from its call card, with the project chosen in the radar', async () => {
    await visit(page, `/projects/${projectId}`);
    await page.getByRole('link', { name: en('calls.links.project'), exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('radar')).toBe(`project:${projectId}`);
    await expect.poll(() => page.getByRole('radio', { name: en('calls.radar.mode.project'), exact: true }).isChecked()).toBe(true);
    const radar = await (await page.request.get(`/api/calls/radar?project=${projectId}&limit=30`)).json();
    expect(radar.items.length).toBeGreaterThan(0);
    const first = radar.items[0].call.title as string;
    await expect.poll(() => page.getByRole('link', { name: first, exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expectAxeClean(page);
  });

  it('saves an edited summary from the edit form', async () => {
    const form = await openEditForm(page);
    const summary = 'Two districts, one digital twin each: heat maps street by street, shared between Dortmund and Cluj-Napoca.';
    await summaryField(form).fill(summary);
    await expectAxeClean(page);
    await form.getByRole('button', { name: en('common.actions.save') }).click();
    await expect.poll(() => form.isVisible(), { timeout: 10_000 }).toBe(false);
    await expect.poll(() => page.locator('section[aria-labelledby="project-facts"]').getByText(summary).count()).toBe(1);
    expect((await (await page.request.get(`/api/projects/${projectId}`)).json()).summary).toBe(summary);
  });

  it('the stale form gets the conflict dialog, not an overwrite', async () => {
    const second = await context.newPage();
    const firstForm = await openEditForm(page);
    const secondForm = await openEditForm(second);

    const theirs = 'Saved in the second window: the districts are chosen, the sensors ordered.';
    await summaryField(secondForm).fill(theirs);
    await secondForm.getByRole('button', { name: en('common.actions.save') }).click();
    await expect.poll(() => secondForm.isVisible(), { timeout: 10_000 }).toBe(false);

    await summaryField(firstForm).fill('Saved in the first window, which still has the older version.');
    await firstForm.getByRole('button', { name: en('common.actions.save') }).click();
    const conflict = page.getByRole('dialog', { name: en('common.conflict.title') });
    await expect.poll(() => conflict.isVisible(), { timeout: 10_000 }).toBe(true);
    await expectAxeClean(page);

    // The second window's save stands.
    expect((await (await page.request.get(`/api/projects/${projectId}`)).json()).summary).toBe(theirs);

    // Reloading puts the other window's text into the form.
    await conflict.getByRole('button', { name: en('common.conflict.reload') }).click();
    await expect.poll(() => conflict.isVisible()).toBe(false);
    await expect.poll(() => summaryField(firstForm).inputValue()).toBe(theirs);
    await second.close();
  });
});
