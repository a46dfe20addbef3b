import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCity, seedOrganisation, seedUser } from '../../testing/factories.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { mailOutbox } from '../mail/mail.table.ts';
import { users } from '../users/users.table.ts';
import { sendExpiryReminders } from './expiry-reminders.ts';
import { organisationItems } from './organisations.table.ts';

// Runs are given their "today", so the suite does not depend on the calendar.
const today = '2031-03-01';
let t: TestApp;
let cityId: string;

const remindersTo = (to: string) =>
  t.database.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, to), eq(mailOutbox.purpose, 'expiry-reminder')));

async function item(organisationId: string, title: string, validUntil: string | null, position = 0) {
  const [row] = await t.database.db
    .insert(organisationItems)
    .values({ organisationId, direction: 'offer', position, title, text: `${title}.`, validUntil })
    .returning();
  return row;
}

beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://pontis.example.org' });
  cityId = (await seedCity(t.database.db, { key: 'dortmund', name: 'Dortmund' })).id;
});

describe('expiry reminders', () => {
  it('reminds each editor once, in their language, of every item expiring soon, even with two runs at once', async () => {
    const org = await seedOrganisation(t.database.db, { cityId, key: 'tu-dortmund', name: 'TU Dortmund' });
    const soon = await item(org.id, 'Smart grids', '2031-03-05', 0);
    const lastDay = await item(org.id, 'Pilot district', '2031-03-15', 1);
    const later = await item(org.id, 'Exchange', '2031-04-01', 2);
    const expired = await item(org.id, 'Old offer', '2031-02-28', 3);
    const open = await item(org.id, 'Open-ended', null, 4);
    const de = await seedUser(t.database.db, { role: 'org-editor', organisationId: org.id, email: 'de@tu.example.org' });
    await t.database.db.update(users).set({ locale: 'de' }).where(eq(users.id, de.id));
    await seedUser(t.database.db, { role: 'org-editor', organisationId: org.id, email: 'en@tu.example.org' });
    const gone = await seedUser(t.database.db, { role: 'org-editor', organisationId: org.id, email: 'gone@tu.example.org' });
    await t.database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, gone.id));
    const coordinator = await seedUser(t.database.db, { role: 'coordinator', cityId, email: 'coord@dortmund.example.org' });

    const runs = await Promise.all([0, 1, 2].map(() => sendExpiryReminders(t.ctx(), { daysBefore: 14, today })));
    expect(runs.reduce((n, r) => n + r.items, 0)).toBe(2);
    expect(runs.reduce((n, r) => n + r.mails, 0)).toBe(2);

    const [german] = await remindersTo('de@tu.example.org');
    expect(german.subject).toContain('TU Dortmund');
    expect(german.textBody).toContain('Angebot: Smart grids (2031-03-05)');
    expect(german.textBody).toContain('Angebot: Pilot district (2031-03-15)');
    expect(german.textBody).not.toContain('Exchange');
    expect(german.textBody).toContain('https://pontis.example.org/organisations/tu-dortmund?renew=1');
    const english = await remindersTo('en@tu.example.org');
    expect(english).toHaveLength(1);
    expect(english[0].textBody).toContain('Offer: Smart grids (2031-03-05)');
    expect(await remindersTo('gone@tu.example.org')).toEqual([]);
    expect(await remindersTo(coordinator.email)).toEqual([]);

    const reminded = await t.database.db.select().from(organisationItems).where(eq(organisationItems.organisationId, org.id));
    const at = new Map(reminded.map((r) => [r.id, r.expiryRemindedAt]));
    expect([soon, lastDay].map((r) => at.get(r.id))).toEqual([expect.any(Date), expect.any(Date)]);
    expect([later, expired, open].map((r) => at.get(r.id))).toEqual([null, null, null]);

    expect(await sendExpiryReminders(t.ctx(), { daysBefore: 14, today })).toEqual({ items: 0, mails: 0 });
    expect(await remindersTo('de@tu.example.org')).toHaveLength(1);

    // Later, the next item comes due and is reminded on its own.
    expect(await sendExpiryReminders(t.ctx(), { daysBefore: 14, today: '2031-03-20' })).toEqual({ items: 1, mails: 2 });
    expect((await remindersTo('en@tu.example.org')).map((m) => m.textBody).join()).toContain('Exchange (2031-04-01)');
  });

  it('sends exactly one mail per editor when several runs race over many organisations', async () => {
    const editors: string[] = [];
    for (let n = 0; n < 15; n++) {
      const org = await seedOrganisation(t.database.db, { cityId, key: `race-${n}` });
      await item(org.id, `Race offer ${n}a`, '2031-03-02', 0);
      await item(org.id, `Race offer ${n}b`, '2031-03-03', 1);
      editors.push((await seedUser(t.database.db, { role: 'org-editor', organisationId: org.id, email: `race-${n}@example.org` })).email);
    }
    const runs = await Promise.all([0, 1, 2, 3].map(() => sendExpiryReminders(t.ctx(), { daysBefore: 14, today })));
    expect(runs.reduce((n, r) => n + r.items, 0)).toBe(30);
    for (const email of editors) {
      const mails = await remindersTo(email);
      expect(mails, email).toHaveLength(1);
      expect(mails[0].textBody).toMatch(/Race offer \d+a \(2031-03-02\)[\s\S]*Race offer \d+b \(2031-03-03\)/);
    }
  });

  it('tells the city’s coordinators when the organisation has no editors, and reminds a renewed item again', async () => {
    const org = await seedOrganisation(t.database.db, { cityId, key: 'no-editors', name: 'No Editors' });
    const coordinator = await seedUser(t.database.db, { role: 'coordinator', cityId, email: 'second-coord@dortmund.example.org' });
    const offer = await item(org.id, 'Lonely offer', '2031-03-10');
    const first = await sendExpiryReminders(t.ctx(), { daysBefore: 14, today });
    // Both coordinators of the city: the one of the first test and this one.
    expect(first).toEqual({ items: 1, mails: 2 });
    expect((await remindersTo(coordinator.email))[0].textBody).toContain('https://pontis.example.org/organisations/no-editors');

    const admin = await t.signedIn({ role: 'admin' });
    const renewed = await admin.post(`/api/organisation-items/${offer.id}/renew`, { validUntil: '2099-01-10' });
    expect(renewed.status).toBe(200);
    expect((await sendExpiryReminders(t.ctx(), { daysBefore: 14, today: '2098-12-31' })).items).toBe(1);
    expect(await remindersTo(coordinator.email)).toHaveLength(2);
  });
});
