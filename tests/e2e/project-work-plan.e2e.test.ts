import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAxeClean, launchBrowser, newContext, signIn } from './support/browser.ts';
import { label } from './support/catalogue.ts';

let browser: Browser;
let context: BrowserContext;
let admin: Page;
let projectId: string;

async function csrf(page: Page) {
  return (await (await page.request.get('/api/auth/session')).json()).csrfToken as string;
}

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser);
  admin = await context.newPage();
  await signIn(admin, inject('adminEmail'), inject('adminPassword'));
  const headers = { 'x-csrf-token': await csrf(admin) };
  const project = await admin.request.post('/api/projects', { data: { partnership: 'dortmund-cluj-napoca', title: 'Work plan journey' }, headers });
  expect(project.status()).toBe(201);
  projectId = (await project.json()).id;
  for (const [organisation, role] of [
    ['dortmund-airport', 'coordinator'],
    ['airport-cluj', 'partner'],
  ]) {
    const res = await admin.request.post(`/api/projects/${projectId}/partners`, { data: { organisation, role }, headers });
    expect(res.status(), organisation).toBe(201);
  }
}, 120_000);
afterAll(() => browser?.close());

describe('project work plan', () => {
  it('adds a work package and a milestone, marks it done, and stays accessible', async () => {
    await admin.goto(`/projects/${projectId}`);
    await expect.poll(() => admin.getByRole('heading', { level: 1 }).count(), { timeout: 10_000 }).toBe(1);

    await admin.getByRole('button', { name: label('en', 'projects-work-plan.workPackages.add') }).click();
    const wpDialog = admin.getByRole('dialog');
    await wpDialog.getByLabel(label('en', 'projects-work-plan.workPackages.titleLabel')).fill('Pilots in both cities');
    await wpDialog.getByRole('button', { name: label('en', 'common.actions.save') }).click();
    await expect.poll(() => admin.getByRole('heading', { name: 'WP1 Pilots in both cities' }).count(), { timeout: 10_000 }).toBe(1);

    await admin.getByRole('button', { name: label('en', 'projects-work-plan.milestones.add') }).click();
    const msDialog = admin.getByRole('dialog');
    await msDialog.getByLabel(label('en', 'projects-work-plan.milestones.titleLabel')).fill('Pilot sites chosen');
    await msDialog.getByLabel(label('en', 'projects-work-plan.milestones.dueOn')).fill('2020-03-01');
    await msDialog.getByRole('button', { name: label('en', 'common.actions.save') }).click();
    await expect.poll(() => admin.getByText(label('en', 'projects-work-plan.milestoneStatus.late')).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expectAxeClean(admin);

    await admin.getByRole('button', { name: `${label('en', 'projects-work-plan.milestones.markDone')} (Pilot sites chosen)` }).click();
    const doneDialog = admin.getByRole('dialog');
    await doneDialog.getByLabel(label('en', 'projects-work-plan.milestones.doneOn')).fill('2020-03-05');
    await doneDialog.getByRole('button', { name: label('en', 'projects-work-plan.milestones.markDone') }).click();
    await expect.poll(() => admin.getByText(label('en', 'projects-work-plan.milestoneStatus.late')).count(), { timeout: 10_000 }).toBe(0);
    await admin.waitForLoadState('networkidle');
    await expectAxeClean(admin);

    const milestones = await (await admin.request.get(`/api/projects/${projectId}/milestones`)).json();
    expect(milestones.milestones).toEqual([expect.objectContaining({ title: 'Pilot sites chosen', status: 'done', doneOn: '2020-03-05' })]);
  });

  it('shows the project on the partnership timeline with a link to it', async () => {
    await admin.goto('/partnerships/dortmund-cluj-napoca');
    const link = admin.getByRole('link', { name: 'Work plan journey' });
    await expect.poll(() => link.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await link.first().getAttribute('href')).toBe(`/projects/${projectId}`);
    await admin.waitForLoadState('networkidle');
    await expectAxeClean(admin);
  });

  it('fits a phone without horizontal scrolling', async () => {
    const phone = await (await newContext(browser, { mobile: true })).newPage();
    await signIn(phone, inject('adminEmail'), inject('adminPassword'));
    await phone.goto(`/projects/${projectId}`);
    await expect.poll(() => phone.getByRole('heading', { name: 'WP1 Pilots in both cities' }).count(), { timeout: 10_000 }).toBe(1);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAxeClean(phone);
  });
});
