import type { Role } from '../../shared/roles.ts';
import { systemActor } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { enqueueMail } from '../mail/index.ts';
import {
  introductionAcceptedMail,
  introductionDeclinedMail,
  introductionReminderMail,
  introductionRequestMail,
  type IntroductionRequestMailParams,
} from '../mail/index.ts';
import { activeAccountsByIds, organisationAnswerers, type AccountRecipient } from '../users/index.ts';
import { sideContacts, type IntroductionRow } from './introduction-rows.ts';
import type { IntroductionSide } from './introductions.table.ts';

type Recipient = AccountRecipient;

/** Who answers for a side: its active org-editors, or its city's coordinators if it has none. */
export async function answerersOf(tx: ServiceContext, row: IntroductionRow, side: IntroductionSide): Promise<Recipient[]> {
  const org = row[side];
  return organisationAnswerers(tx, { id: org.id, cityId: org.city.id });
}

async function usersById(tx: ServiceContext, ids: (string | null)[]): Promise<Recipient[]> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  return activeAccountsByIds(tx, wanted);
}

const link = (tx: ServiceContext, row: IntroductionRow) => `${tx.config.publicUrl}/introductions/${row.intro.id}`;

function requestParams(tx: ServiceContext, row: IntroductionRow): IntroductionRequestMailParams {
  return {
    link: link(tx, row),
    fromName: row.from.name,
    fromCity: row.from.city.name,
    toName: row.to.name,
    toCity: row.to.city.name,
    message: row.intro.message,
    brokered: row.intro.brokeredBy !== null,
    itemTitle: row.item?.id ? (row.item.title ?? row.item.text.slice(0, 80)) : null,
  };
}

/** The sides still to answer: the asked side, and for a brokered introduction the asking side too. */
export const unansweredSides = (row: IntroductionRow): IntroductionSide[] =>
  (['from', 'to'] as const).filter((s) => (s === 'from' ? !row.intro.fromAcceptedAt : !row.intro.toAcceptedAt));

/** Tells those who answer for each unanswered side that they are asked (in their language). */
export async function mailRequest(tx: ServiceContext, row: IntroductionRow): Promise<number> {
  let n = 0;
  const seen = new Set<string>();
  for (const side of unansweredSides(row)) {
    for (const to of await answerersOf(tx, row, side)) {
      if (seen.has(to.id) || to.id === row.intro.requestedBy) continue;
      seen.add(to.id);
      await enqueueMail(tx.db, tx.config, { to: to.email, ...introductionRequestMail(to.locale, requestParams(tx, row)), purpose: 'introduction-request' });
      n++;
    }
  }
  return n;
}

export async function mailReminder(tx: ServiceContext, row: IntroductionRow, waitingDays: number): Promise<number> {
  let n = 0;
  const seen = new Set<string>();
  for (const side of unansweredSides(row)) {
    for (const to of await answerersOf(tx, row, side)) {
      if (seen.has(to.id)) continue;
      seen.add(to.id);
      const mail = introductionReminderMail(to.locale, { ...requestParams(tx, row), waitingDays });
      await enqueueMail(tx.db, tx.config, { to: to.email, ...mail, purpose: 'introduction-reminder' });
      n++;
    }
  }
  return n;
}

/**
 * Both sides accepted: everyone involved on each side gets the other side's contact details, as
 * they would see them in Pontis (people only where their consent lets partners see them).
 */
export async function mailAccepted(tx: ServiceContext, row: IntroductionRow): Promise<number> {
  let n = 0;
  const i = row.intro;
  const bySide: Record<IntroductionSide, (string | null)[]> = {
    from: [i.brokeredBy ? null : i.requestedBy, i.fromAcceptedBy],
    to: [i.toAcceptedBy],
  };
  const seen = new Set<string>();
  for (const side of ['from', 'to'] as const) {
    const other = side === 'from' ? 'to' : 'from';
    const recipients = [...(await usersById(tx, bySide[side])), ...(await answerersOf(tx, row, side))];
    for (const to of recipients) {
      if (seen.has(to.id)) continue;
      seen.add(to.id);
      const reader = {
        kind: 'user' as const,
        id: to.id,
        email: to.email,
        displayName: '',
        role: to.role as Role,
        cityId: to.cityId ?? row[side].city.id,
        organisationId: to.organisationId,
      };
      const contacts = await sideContacts({ ...tx, actor: systemActor('introduction mail') }, reader, row, other);
      const mail = introductionAcceptedMail(to.locale, {
        link: link(tx, row),
        ownName: row[side].name,
        otherName: row[other].name,
        otherCity: row[other].city.name,
        contacts,
      });
      await enqueueMail(tx.db, tx.config, { to: to.email, ...mail, purpose: 'introduction-accepted' });
      n++;
    }
  }
  return n;
}

/** Tells the asker (or the broker, and a side that had already accepted) that a side declined. */
export async function mailDeclined(tx: ServiceContext, row: IntroductionRow, side: IntroductionSide): Promise<number> {
  const i = row.intro;
  const other = side === 'from' ? 'to' : 'from';
  const recipients = await usersById(tx, [i.requestedBy, i.brokeredBy, other === 'from' ? i.fromAcceptedBy : i.toAcceptedBy]);
  let n = 0;
  for (const to of recipients) {
    if (tx.actor.kind === 'user' && to.id === tx.actor.id) continue;
    const mail = introductionDeclinedMail(to.locale, {
      link: link(tx, row),
      declinedByName: row[side].name,
      otherName: row[other].name,
      reason: i.declinedReason,
    });
    await enqueueMail(tx.db, tx.config, { to: to.email, ...mail, purpose: 'introduction-declined' });
    n++;
  }
  return n;
}
