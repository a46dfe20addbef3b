import { isAdmin, type Actor } from '../../shared/actor.ts';
import type { IntroductionSide, IntroductionStage, IntroductionStatus } from './introductions.table.ts';

/** What the rules need to know about one side of an introduction. */
export interface SideFacts {
  organisationId: string;
  cityId: string;
  /** Whether the organisation has an active org-editor; without one its city's coordinators answer for it. */
  hasEditors: boolean;
}

export interface IntroductionFacts {
  from: SideFacts;
  to: SideFacts;
  status: IntroductionStatus;
  requestedBy: string | null;
  brokeredBy: string | null;
  fromAcceptedAt: Date | null;
  toAcceptedAt: Date | null;
}

export const sides: readonly IntroductionSide[] = ['from', 'to'];
export const stages: readonly IntroductionStage[] = ['introduced', 'met', 'collaborating', 'joint-project'];

const user = (actor: Actor) => (actor.kind === 'user' ? actor : null);

/** May answer (accept or decline) for the side: its org-editors, or its city's coordinators if it has none. */
export function answersFor(actor: Actor, side: SideFacts): boolean {
  const u = user(actor);
  if (!u) return false;
  if (u.role === 'org-editor' && u.organisationId === side.organisationId) return true;
  return !side.hasEditors && u.role === 'coordinator' && u.cityId === side.cityId;
}

/** Belongs to the side: a member or editor of the organisation, or whoever answers for it. */
export function isPartyOf(actor: Actor, side: SideFacts): boolean {
  const u = user(actor);
  if (!u) return false;
  if ((u.role === 'org-editor' || u.role === 'member') && u.organisationId === side.organisationId) return true;
  return answersFor(actor, side);
}

export const coordinatesCityOf = (actor: Actor, side: SideFacts) => {
  const u = user(actor);
  return !!u && u.role === 'coordinator' && u.cityId === side.cityId;
};

/** The sides whose circle the reader is in (own organisation, or coordinator of its city). */
export function circlesOf(actor: Actor, facts: IntroductionFacts): IntroductionSide[] {
  return sides.filter((s) => isPartyOf(actor, facts[s]) || coordinatesCityOf(actor, facts[s]));
}

/** Who may read an introduction: both sides, the coordinators of both cities, whoever asked or brokered, admins. */
export function canReadIntroduction(actor: Actor, facts: IntroductionFacts): boolean {
  if (isAdmin(actor)) return true;
  const u = user(actor);
  if (!u) return false;
  if (u.id === facts.requestedBy || u.id === facts.brokeredBy) return true;
  return circlesOf(actor, facts).length > 0;
}

/** Contact details of both sides are revealed only once both have accepted (double opt-in). */
export const contactsRevealed = (facts: Pick<IntroductionFacts, 'status'>) => facts.status === 'accepted';

/**
 * Partner-blind contact: a reader sees the personal data (names, e-mails) of a side's users only
 * when the reader is in that side's circle, or once both sides have accepted; admins always.
 */
export function seesPersonalDataOf(actor: Actor, facts: IntroductionFacts, side: IntroductionSide): boolean {
  if (isAdmin(actor)) return true;
  if (contactsRevealed(facts)) return canReadIntroduction(actor, facts);
  return circlesOf(actor, facts).includes(side);
}

/** The sides the actor can still accept for: pending, not yet accepted by that side. */
export function sidesToAnswer(actor: Actor, facts: IntroductionFacts): IntroductionSide[] {
  if (facts.status !== 'pending') return [];
  return sides.filter((s) => answersFor(actor, facts[s]) && (s === 'from' ? !facts.fromAcceptedAt : !facts.toAcceptedAt));
}

/** The asker (or any editor of the asking organisation), or for a brokered one the coordinators of both cities. */
export function canWithdraw(actor: Actor, facts: IntroductionFacts): boolean {
  if (facts.status !== 'pending') return false;
  const u = user(actor);
  if (!u) return false;
  if (isAdmin(actor)) return true;
  if (u.id === facts.requestedBy || u.id === facts.brokeredBy) return true;
  if (facts.brokeredBy) return coordinatesCityOf(actor, facts.from) || coordinatesCityOf(actor, facts.to);
  return answersFor(actor, facts.from);
}

/** Either side moves the follow-up ladder once the introduction is accepted. */
export function canMoveStage(actor: Actor, facts: IntroductionFacts): boolean {
  if (facts.status !== 'accepted') return false;
  return isPartyOf(actor, facts.from) || isPartyOf(actor, facts.to);
}

/**
 * How the actor may start an introduction from `from` to `to`: 'ask' as a member or editor of
 * `from` (the asker's side has accepted by asking), 'broker' as a coordinator of either city or an
 * admin (both sides must accept), or null.
 */
export function introductionMode(actor: Actor, from: SideFacts, to: SideFacts): 'ask' | 'broker' | null {
  const u = user(actor);
  if (!u) return isAdmin(actor) ? 'broker' : null;
  if ((u.role === 'org-editor' || u.role === 'member') && u.organisationId === from.organisationId) return 'ask';
  if (u.role === 'admin') return 'broker';
  if (u.role === 'coordinator' && (u.cityId === from.cityId || u.cityId === to.cityId)) return 'broker';
  return null;
}

/** The ladder step's index, for ordering (introduced = 0 … joint-project = 3). */
export const stageIndex = (stage: IntroductionStage) => stages.indexOf(stage);
