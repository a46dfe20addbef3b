import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailTransport, deliverPendingMail } from '../mail/mail-delivery.ts';
import { mailOutbox } from '../mail/mail.table.ts';
import { users } from '../users/users.table.ts';
import { cities } from '../cities/cities.table.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../testing/test-smtp-server.ts';
import { insertTestCall, seedDortmundCluj } from './call-radar-test-world.ts';
import { callRemindersSent } from './call-follows.table.ts';
import { sendCallReminders } from './call-reminders.ts';

let smtp: TestSmtpServer;
let smtpUrl: string;
let t: TestApp;
let world: Awaited<ReturnType<typeof seedDortmundCluj>>;

const DAY = 24 * 60 * 60 * 1000;
const deadline = new Date('2027-03-16T16:00:00Z'); // 17:00 in Brussels (CET)

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  smtpUrl = smtp.url;
  t = await createTestApp({ smtpUrl, callReminderDays: [30, 7, 1], publicUrl: 'https://pontis.example.org' });
  world = await seedDortmundCluj(t.database.db);
});

afterAll(async () => {
  await smtp.close();
});

beforeEach(async () => {
  smtp.received.length = 0;
  await t.database.db.delete(mailOutbox);
});

const deliver = () => deliverPendingMail(t.database.db, createMailTransport({ smtpUrl, mailFrom: 'Pontis <no-reply@pontis.test>' }), { batchSize: 50 });
const remind = (now: Date) => sendCallReminders(t.ctx(), { offsets: t.config.callReminderDays, now });

describe('call reminders', () => {
  it('mails a coordinator who followed a call 7 days before its deadline, through a real SMTP server', async () => {
    await insertTestCall(t.database.db, {
      identifier: 'HORIZON-MISS-2027-CIT-02-03',
      title: 'Pilot cities for climate neutrality',
      programmeCode: 'HORIZON',
      openingAt: new Date('2026-10-01T00:00:00Z'),
      deadlineAts: [deadline],
    });
    await t.database.db.update(cities).set({ timeZone: 'Europe/Bucharest' }).where(eq(cities.id, world.cluj.id));
    const coordinator = await t.signedIn({ role: 'coordinator', cityId: world.cluj.id, email: 'coordonator@cluj.example.org' });
    await t.database.db.update(users).set({ locale: 'ro' }).where(eq(users.id, coordinator.userId));
    expect((await coordinator.put('/api/calls/HORIZON-MISS-2027-CIT-02-03/follow', { partnershipId: world.partnership.id })).status).toBe(200);

    // 40 days ahead nothing is due; 7 days ahead the 30- and 7-day marks have passed: one mail.
    expect(await remind(new Date(deadline.getTime() - 40 * DAY))).toEqual({ mails: 0 });
    expect(await remind(new Date(deadline.getTime() - 7 * DAY))).toEqual({ mails: 1 });
    expect(await deliver()).toMatchObject({ sent: 1 });

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.to).toEqual(['coordonator@cluj.example.org']);
    expect(mail.subject).toBe('Termen-limită peste 7 zile: Pilot cities for climate neutrality');
    expect(mail.body).toContain('HORIZON-MISS-2027-CIT-02-03');
    expect(mail.body).toContain('pentru parteneriatul Dortmund – Cluj-Napoca');
    expect(mail.body).toMatch(/Termen-limită \(ora Bruxelles-ului\): .*16 martie 2027.*17:00/);
    expect(mail.body).toMatch(/În fusul dumneavoastră orar: .*18:00/);
    expect(mail.body).toContain(
      'https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/horizon-miss-2027-cit-02-03',
    );
    expect(mail.body).toContain('https://pontis.example.org/calls/HORIZON-MISS-2027-CIT-02-03');

    // The same mark is not mailed again; the 1-day mark is.
    expect(await remind(new Date(deadline.getTime() - 6 * DAY))).toEqual({ mails: 0 });
    expect(await remind(new Date(deadline.getTime() - 20 * 60 * 60 * 1000))).toEqual({ mails: 1 });
    // Past the deadline nothing is due.
    expect(await remind(new Date(deadline.getTime() + 60 * 1000))).toEqual({ mails: 0 });
  });

  it('sends each reminder exactly once when two runs race', async () => {
    const race = new Date('2027-06-30T15:00:00Z');
    const call = await insertTestCall(t.database.db, {
      identifier: 'LIFE-2027-SAP-ENV',
      title: 'Nature and biodiversity',
      programmeCode: 'LIFE',
      openingAt: new Date('2027-01-01T00:00:00Z'),
      deadlineAts: [race],
    });
    const followers = await Promise.all(
      [0, 1, 2].map((i) => t.signedIn({ role: 'member', cityId: world.dortmund.id, email: `race-${i}@dortmund.example.org` })),
    );
    for (const f of followers) expect((await f.put(`/api/calls/${call.identifier}/follow`, {})).status).toBe(200);
    const now = new Date(race.getTime() - 3 * DAY);

    const [a, b] = await Promise.all([remind(now), remind(now)]);

    expect(a.mails + b.mails).toBe(3);
    const queued = await t.database.db.select().from(mailOutbox).where(eq(mailOutbox.purpose, 'call-reminder'));
    expect(queued.map((m) => m.toAddress).sort()).toEqual(followers.map((_, i) => `race-${i}@dortmund.example.org`));
    expect(queued[0].subject).toBe('Deadline in 3 days: Nature and biodiversity');
    expect(queued[0].textBody).toContain('Deadline (Brussels time)');
    const claims = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(callRemindersSent)
      .where(eq(callRemindersSent.callId, call.id));
    expect(Number(claims[0].n)).toBe(6);
  });

  it('mails nobody whose account is disabled', async () => {
    const at = new Date('2027-08-31T15:00:00Z');
    const call = await insertTestCall(t.database.db, {
      identifier: 'DIGITAL-2027-AI-01',
      title: 'AI for public services',
      openingAt: new Date('2027-01-01T00:00:00Z'),
      deadlineAts: [at],
    });
    const gone = await t.signedIn({ role: 'member', cityId: world.dortmund.id });
    await gone.put(`/api/calls/${call.identifier}/follow`, {});
    await t.database.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, gone.userId));
    expect(await remind(new Date(at.getTime() - DAY / 2))).toEqual({ mails: 0 });
  });
});
