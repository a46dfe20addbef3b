import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';
import { invitationToken } from './support/invitations.ts';
import { arrivedAt, visit } from './support/navigation.ts';

// The done-when journey: a Dortmund coordinator starts a joint project from the demo's
// cities-mission call, builds a consortium across both cities and moves it to "funded" with
// buttons and the keyboard; the board then shows it in the funded column.
const CALL = 'HORIZON-MISS-2027-CIT-02-03';
const PASSWORD = 'Brücken bauen 2026!';
const DORTMUND_ORG = 'Technische Universität Dortmund';
const CLUJ_ORG = 'Universitatea Tehnică din Cluj-Napoca';
const en = (key: string, vars: Record<string, string> = {}) => label('en', key, vars);

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  // The admin invites a coordinator for Dortmund; the invitation is accepted in a fresh context.
  const token = await invitationToken(browser, { email: 'projects-e2e@dortmund.example.org', role: 'coordinator', city: 'dortmund' });
  context = await newContext(browser);
  const accepted = await context.request.post('/api/invitations/accept', { data: { token, displayName: 'Petra Schmidt', password: PASSWORD } });
  expect(accepted.status()).toBe(200);
  page = await context.newPage();
}, 120_000);
afterAll(() => browser?.close());

async function addPartner(organisation: string, budget: string) {
  await page
    .getByRole('button', { name: en('projects.consortium.add') })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  const picker = dialog.getByRole('textbox', { name: en('projects.consortium.organisation') });
  await picker.click();
  await picker.fill(organisation.slice(0, 12));
  await page.getByRole('option', { name: organisation }).click();
  await dialog.getByLabel(en('projects.consortium.budget')).fill(budget);
  await dialog.getByRole('button', { name: en('projects.consortium.add') }).click();
  await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);
  await expect.poll(() => page.getByRole('cell', { name: organisation }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
}

async function moveTo(stage: string, keyboard = false) {
  const button = page.getByRole('button', { name: en('projects.stageAction.moveTo', { stage: en(`projects.stage.${stage}`) }) });
  if (keyboard) {
    await button.focus();
    await page.keyboard.press('Enter');
  } else await button.click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ state: 'visible' });
  if (keyboard) {
    await dialog.getByRole('button', { name: en('projects.stageAction.confirm') }).focus();
    await page.keyboard.press('Enter');
  } else await dialog.getByRole('button', { name: en('projects.stageAction.confirm') }).click();
  await expect.poll(() => page.getByRole('dialog').count(), { timeout: 10_000 }).toBe(0);
  const id = new URL(page.url()).pathname.split('/').pop();
  await expect.poll(async () => (await (await page.request.get(`/api/projects/${id}`)).json()).stage, { timeout: 10_000 }).toBe(stage);
  // The page shows the new stage and offers the next steps.
  await expect.poll(() => page.getByText(en(`projects.stage.${stage}`), { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
}

describe('a joint project from a call to funded', () => {
  let projectPath = '';

  it('starts from the call in one step, pre-filled', async () => {
    // Accepting the invitation signed the context in. Through the call's page when the calls pages offer the link, else straight to the form.
    await page.goto(`/calls/${CALL}`);
    await page.waitForLoadState('networkidle');
    const start = page.locator(`a[href^="/projects/new?call="]`);
    if (await start.count()) {
      await expectAxeClean(page);
      await start.first().click();
    } else await page.goto(`/projects/new?call=${CALL}`);
    await arrivedAt(page, '/projects/new', en('projects.new.title'));
    await expectAxeClean(page);
    await page.getByRole('button', { name: en('projects.startProject') }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectPath = new URL(page.url()).pathname;
    await arrivedAt(page, projectPath);
    await expect.poll(() => page.getByRole('link', { name: CALL }).count()).toBeGreaterThan(0);
    await expectAxeClean(page);
  });

  it('builds a consortium across both cities with budgets', async () => {
    await addPartner(DORTMUND_ORG, '400000');
    await addPartner(CLUJ_ORG, '250000');
    const project = await (await page.request.get(`/api${projectPath}`)).json();
    expect(project.consortium.map((p: { organisation: { city: { key: string } }; role: string }) => [p.organisation.city.key, p.role])).toEqual([
      ['dortmund', 'coordinator'],
      ['cluj-napoca', 'partner'],
    ]);
    expect(project.budget.totals.budget).toBe(650000);
    expect(project.submissionProblems).toEqual([]);
    await expectAxeClean(page);
  });

  it('moves through the pipeline to funded with buttons and the keyboard', async () => {
    await moveTo('consortium');
    await moveTo('drafting', true);
    await moveTo('submitted');
    await moveTo('funded', true);
    await expectAxeClean(page);
    const project = await (await page.request.get(`/api${projectPath}`)).json();
    expect(project.stageEvents.map((e: { toStage: string }) => e.toStage)).toEqual(['idea', 'consortium', 'drafting', 'submitted', 'funded']);
  });

  it('shows it on the board under funded', async () => {
    await visit(page, '/projects?partnership=dortmund-cluj-napoca', en('projects.title'));
    const funded = page.locator('section[data-stage="funded"]');
    const project = await (await page.request.get(`/api${projectPath}`)).json();
    await expect.poll(() => funded.getByRole('article', { name: project.title }).count(), { timeout: 10_000 }).toBe(1);
    await expectAxeClean(page);
  });

  it('fits a phone without horizontal scrolling', async () => {
    const phone = await (await newContext(browser, { mobile: true })).newPage();
    await signIn(phone, 'projects-e2e@dortmund.example.org', PASSWORD);
    for (const path of ['/projects', projectPath]) {
      await phone.goto(path);
      await expect.poll(() => phone.getByRole('heading', { level: 1 }).count(), { timeout: 10_000 }).toBe(1);
      await phone.waitForLoadState('networkidle');
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectAxeClean(phone);
    }
  });
});
