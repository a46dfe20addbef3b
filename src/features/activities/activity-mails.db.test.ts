import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtpServer } from '../../testing/test-smtp-server.ts';
import { createMailTransport, deliverPendingMail } from '../mail/mail-delivery.ts';
import { mailOutbox } from '../mail/mail.table.ts';
import { createActivityCalendarWorld, type ActivityCalendarWorld } from './activity-calendar-test-world.ts';

let w: ActivityCalendarWorld;
beforeAll(async () => {
  w = await createActivityCalendarWorld({ smtpUrl: 'smtp://127.0.0.1:1' });
});

const ics = (mail: { attachments: { content: string; contentType: string }[] }) => mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
const field = (text: string | undefined, name: string) => text?.split(/\r?\n/).find((l) => l.startsWith(`${name}:`));

describe('activity mails after the events', () => {
  it('invites a registrant in their language with a REQUEST .ics, once even if the events are drained again', async () => {
    const activity = await w.insertActivity();
    const ana = await w.insertParticipant(activity.id, { language: 'ro' });
    const noMail = await w.insertParticipant(activity.id, { email: null, displayName: 'Without Address' });
    expect((await w.drainEvents()).failed).toBe(0);
    await w.drainEvents();
    const mails = await w.mailTo(ana.email!);
    expect(mails).toHaveLength(1);
    expect(mails[0].purpose).toBe('activity-invitation');
    expect(mails[0].status).toBe('pending');
    expect(mails[0].subject).toBe('Pontis: înscrierea dumneavoastră – Forumul climatic');
    expect(mails[0].textBody).toContain('2030-05-10 09:00 – 2030-05-10 17:00 (Europe/Berlin)');
    const file = ics(mails[0]);
    expect(file?.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(field(file?.content, 'METHOD')).toBe('METHOD:REQUEST');
    expect(field(file?.content, 'UID')).toBe(`UID:activity-${activity.id}@pontis`);
    expect(field(file?.content, 'SUMMARY')).toBe('SUMMARY:Forumul climatic');
    expect(field(file?.content, 'SEQUENCE')).toBe('SEQUENCE:0');
    expect(noMail.email).toBeNull();
  });

  it('tells a waiting registrant without an invitation, and invites them when promoted', async () => {
    const activity = await w.insertActivity({ capacity: 1 });
    const waiting = await w.insertParticipant(activity.id, { status: 'waiting', language: 'hu', displayName: 'Kiss Anna' });
    await w.drainEvents();
    let mails = await w.mailTo(waiting.email!);
    expect(mails.map((m) => m.purpose)).toEqual(['activity-waiting-list']);
    expect(mails[0].subject).toBe('Pontis: várólistára került – Klimaforum');
    expect(mails[0].attachments).toEqual([]);
    await w.updateParticipant(waiting.id, { status: 'registered' });
    await w.drainEvents();
    mails = await w.mailTo(waiting.email!);
    const promoted = mails.find((m) => m.purpose === 'activity-invitation')!;
    expect(promoted.subject).toBe('Pontis: felszabadult egy hely – Klimaforum');
    expect(field(ics(promoted)?.content, 'METHOD')).toBe('METHOD:REQUEST');
  });

  it('mails every registered participant the updated .ics on a change (same UID, higher SEQUENCE), and a CANCEL on cancellation', async () => {
    const activity = await w.insertActivity();
    const de = await w.insertParticipant(activity.id, { language: 'de', displayName: 'Jan Berg' });
    const en = await w.insertParticipant(activity.id, { language: 'en', displayName: 'Sam Lee' });
    const cancelledOne = await w.insertParticipant(activity.id, { status: 'cancelled' });
    await w.drainEvents();
    // A change that does not touch time, place or link mails nobody.
    await w.updateActivity(activity.id, { capacity: 50 });
    await w.drainEvents();
    expect((await w.mailTo(de.email!)).map((m) => m.purpose)).toEqual(['activity-invitation']);

    await w.updateActivity(activity.id, { startsAt: new Date('2030-05-10T08:00:00Z'), venue: 'Dietrich-Keuning-Haus', icalSequence: 1 });
    await w.drainEvents();
    const [invitation, update] = await w.mailTo(de.email!);
    expect(update.purpose).toBe('activity-update');
    expect(update.subject).toBe('Pontis: Geändert – Klimaforum');
    expect(update.textBody).toContain('Dietrich-Keuning-Haus');
    expect(field(ics(update)?.content, 'UID')).toBe(field(ics(invitation)?.content, 'UID'));
    expect(field(ics(update)?.content, 'SEQUENCE')).toBe('SEQUENCE:1');
    expect(field(ics(update)?.content, 'DTSTART')).toBe('DTSTART:20300510T080000Z');
    expect((await w.mailTo(en.email!)).map((m) => m.subject)).toContain('Pontis: changed – Klimaforum');
    expect(await w.mailTo(cancelledOne.email!)).toEqual([]);

    await w.updateActivity(activity.id, { status: 'cancelled', icalSequence: 2 });
    await w.drainEvents();
    const cancellation = (await w.mailTo(en.email!)).find((m) => m.purpose === 'activity-cancellation')!;
    expect(cancellation.subject).toBe('Pontis: cancelled – Klimaforum');
    expect(ics(cancellation)?.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    expect(field(ics(cancellation)?.content, 'METHOD')).toBe('METHOD:CANCEL');
    expect(field(ics(cancellation)?.content, 'STATUS')).toBe('STATUS:CANCELLED');
    expect(field(ics(cancellation)?.content, 'SEQUENCE')).toBe('SEQUENCE:2');
    // A second event on an activity already cancelled mails nobody again.
    await w.updateActivity(activity.id, { venue: 'Elsewhere' });
    await w.drainEvents();
    expect((await w.mailTo(en.email!)).filter((m) => m.purpose === 'activity-cancellation')).toHaveLength(1);
  });

  it('delivers the .ics through SMTP as a text/calendar part with its method', async () => {
    const smtp = await startTestSmtpServer();
    try {
      const activity = await w.insertActivity();
      const ana = await w.insertParticipant(activity.id, { language: 'en' });
      await w.drainEvents();
      // Only this mail is due: the others of this file stay pending for an unreachable server.
      await w.db.update(mailOutbox).set({ status: 'held' }).where(eq(mailOutbox.status, 'pending'));
      await w.db.update(mailOutbox).set({ status: 'pending' }).where(eq(mailOutbox.toAddress, ana.email!));
      const result = await deliverPendingMail(w.db, createMailTransport({ smtpUrl: smtp.url, mailFrom: 'Pontis <no-reply@pontis.test>' }), { batchSize: 10 });
      expect(result.sent).toBe(1);
      const [received] = smtp.received;
      expect(received.subject).toBe('Pontis: you are registered – Klimaforum');
      expect(received.body).toMatch(/text\/calendar; charset=utf-8; method=REQUEST/i);
      expect(received.body).toMatch(/filename=("?)invite\.ics\1/);
    } finally {
      await smtp.close();
    }
  });
});
