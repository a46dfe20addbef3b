import type { UserActor } from '../../shared/actor.ts';
import type { ServiceContext } from '../../shared/context.ts';
import { backdateRecordHistory } from '../audit/index.ts';
import { acceptIntroduction, declineIntroduction, moveIntroductionStage, withdrawIntroduction } from '../introductions/index.ts';
import { requestIntroduction } from '../introductions/index.ts';
import { backdateIntroducedOn, backdateIntroductionTimes, introductionAcceptedAt, introductionExistsBetween } from '../introductions/index.ts';
import type { introductionStages } from '../introductions/introductions.schemas.ts';
import { discardOutboxMailsByPurpose, outboxMailIdsByPurpose } from '../mail/index.ts';
import { organisationNames } from '../organisations/index.ts';

type IntroductionStage = (typeof introductionStages)[number];

/**
 * Introductions between the demo's organisations at every step of the ladder: two waiting for an
 * answer, one declined, one withdrawn, and accepted ones that were introduced, met, collaborate and
 * run the demo's joint project (HEATTWIN: KlimaSensor Dortmund and Cluj IT Cluster). Each is played
 * through the introductions' use cases as the demo account whose part it is, so rules, history and
 * read marks are those of the running product; only the days are then moved into the past
 * (backdateIntroduction), which no use case can do.
 *
 * A day is an ISO date, or a number of days before the seeding (for what must stay recent: open
 * requests, and the joint project of a call that is still open).
 */
type Day = string | number;

type Step =
  | { do: 'accept'; by: string; on: Day }
  | { do: 'decline'; by: string; on: Day; reason: string }
  | { do: 'withdraw'; by: string; on: Day }
  | { do: 'stage'; stage: Exclude<IntroductionStage, 'introduced'>; by: string; on: Day };

interface DemoIntroduction {
  from: string;
  to: string;
  /** The demo account (handle) who asks (a member or editor of `from`) or brokers (a coordinator). */
  by: string;
  on: Day;
  message: string;
  steps: Step[];
}

export const demoIntroductionPlan: readonly DemoIntroduction[] = [
  {
    from: 'tu-dortmund',
    to: 'ubb',
    by: 'dortmund-editor',
    on: '2021-03-08',
    message:
      'Die TU Dortmund sucht für ihr Graduiertenkolleg zu Stadtdaten eine Partneruniversität in Cluj-Napoca: gemeinsame Betreuung, Gastaufenthalte und eine Sommerschule 2022.',
    steps: [
      { do: 'accept', by: 'cluj-coordinator', on: '2021-03-15' },
      { do: 'stage', stage: 'met', by: 'dortmund-editor', on: '2021-05-20' },
      { do: 'stage', stage: 'collaborating', by: 'dortmund-editor', on: '2021-11-10' },
    ],
  },
  {
    from: 'centrul-cultural-clujean',
    to: 'technologiezentrum-dortmund',
    by: 'cluj-coordinator',
    on: '2021-10-05',
    message: 'Centrul Cultural Clujean ar dori să prezinte programul său de industrii creative start-up-urilor din TechnologieZentrumDortmund.',
    steps: [{ do: 'withdraw', by: 'cluj-coordinator', on: '2021-11-02' }],
  },
  {
    from: 'ubb',
    to: 'dew21',
    by: 'cluj-member',
    on: '2022-03-14',
    message:
      'Our energy economics group would like to compare district heating tariffs with a municipal utility and asks DEW21 for a short exchange with its planners.',
    steps: [
      {
        do: 'decline',
        by: 'dortmund-coordinator',
        on: '2022-03-28',
        reason: 'DEW21 is bound by a research partnership on tariffs until 2024; we will broker a new contact once it ends.',
      },
    ],
  },
  {
    from: 'materna',
    to: 'arobs',
    by: 'dortmund-coordinator',
    on: '2022-09-12',
    message: 'Materna and AROBS both build software for transport authorities; the two cities would like them to compare their passenger information systems.',
    steps: [
      { do: 'accept', by: 'dortmund-coordinator', on: '2022-09-12' },
      { do: 'accept', by: 'cluj-coordinator', on: '2022-09-19' },
      { do: 'stage', stage: 'met', by: 'cluj-coordinator', on: '2022-10-25' },
      { do: 'stage', stage: 'collaborating', by: 'dortmund-coordinator', on: '2023-06-01' },
    ],
  },
  {
    from: 'usamv-cluj',
    to: 'isas',
    by: 'cluj-coordinator',
    on: '2023-02-13',
    message: 'USAMV Cluj-Napoca analyses food quality in its laboratories and would like to learn from ISAS about miniaturised analytical methods.',
    steps: [
      { do: 'accept', by: 'cluj-coordinator', on: '2023-02-13' },
      { do: 'accept', by: 'dortmund-coordinator', on: '2023-02-20' },
      { do: 'stage', stage: 'met', by: 'dortmund-coordinator', on: '2023-04-18' },
    ],
  },
  {
    from: 'wirtschaftsfoerderung-dortmund',
    to: 'tetarom',
    by: 'dortmund-coordinator',
    on: '2024-05-06',
    message: 'Die Wirtschaftsförderung Dortmund möchte sich mit TETAROM über die Ansiedlung von Technologieunternehmen in Gewerbeparks austauschen.',
    steps: [
      { do: 'accept', by: 'dortmund-coordinator', on: '2024-05-06' },
      { do: 'accept', by: 'cluj-coordinator', on: '2024-05-08' },
    ],
  },
  {
    from: 'klimasensor-dortmund',
    to: 'cluj-it-cluster',
    by: 'dortmund-startup-editor',
    on: 420,
    message: 'Wir messen Hitzeinseln mit günstigen Funksensoren und suchen Softwarefirmen in Cluj-Napoca für einen gemeinsamen Smart-City-Piloten.',
    steps: [
      { do: 'accept', by: 'cluj-cluster-editor', on: 418 },
      { do: 'stage', stage: 'met', by: 'dortmund-startup-editor', on: 380 },
      { do: 'stage', stage: 'collaborating', by: 'cluj-cluster-editor', on: 270 },
      { do: 'stage', stage: 'joint-project', by: 'dortmund-startup-editor', on: 80 },
    ],
  },
  {
    from: 'cluj-it-cluster',
    to: 'tu-dortmund',
    by: 'cluj-cluster-editor',
    on: 4,
    message: 'Cluj IT Cluster is preparing a training programme on data spaces for its member companies and is looking for lecturers from TU Dortmund.',
    steps: [],
  },
  {
    from: 'adesso',
    to: 'utcn',
    by: 'dortmund-member',
    on: 2,
    message: 'adesso sucht Studierende der Informatik aus Cluj-Napoca für ein Praktikumsprogramm in Dortmund und würde gern die Fakultät kennenlernen.',
    steps: [],
  },
];

/** Noon UTC: the same calendar day in both cities. */
const at = (day: Day, now: Date) =>
  typeof day === 'number' ? new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - day, 12)) : new Date(`${day}T12:00:00Z`);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export interface DemoIntroductionsSummary {
  introductions: number;
}

/**
 * Plays the plan where both organisations exist, their pair has no introduction yet and every
 * account the plan needs exists; anything else is skipped, so a changed demo never fails a start.
 */
export async function seedDemoIntroductions(tx: ServiceContext, actors: Map<string, UserActor>, now = new Date()): Promise<DemoIntroductionsSummary> {
  const keys = [...new Set(demoIntroductionPlan.flatMap((p) => [p.from, p.to]))];
  const orgRows = await organisationNames(tx, 'key', keys);
  const idOf = new Map(orgRows.map((o) => [o.key, o.id]));
  const mailBefore = await outboxMailIdsByPurpose(tx, 'introduction-');
  let seeded = 0;
  for (const plan of demoIntroductionPlan) {
    const from = idOf.get(plan.from);
    const to = idOf.get(plan.to);
    const handles = [plan.by, ...plan.steps.map((s) => s.by)];
    if (!from || !to || handles.some((h) => !actors.has(h))) continue;
    if (await introductionExistsBetween(tx, from, to)) continue;
    const as = (handle: string): ServiceContext => ({ ...tx, actor: actors.get(handle)! });
    let intro = await requestIntroduction(as(plan.by), { from: plan.from, to: plan.to, message: plan.message });
    const days: Date[] = [at(plan.on, now)];
    // The day each side accepted: by asking, or at the step that answered for it.
    const accepted: { from: Date | null; to: Date | null } = { from: null, to: null };
    const noteAccepts = async (day: Date) => {
      const row = await introductionAcceptedAt(tx, intro.id);
      if (row.from && !accepted.from) accepted.from = day;
      if (row.to && !accepted.to) accepted.to = day;
    };
    await noteAccepts(days[0]);
    for (const step of plan.steps) {
      const day = at(step.on, now);
      if (step.do === 'accept') {
        intro = await acceptIntroduction(as(step.by), intro.id, { version: intro.version });
        // Accepting dates the introduction today; the ladder's later days must not come before it.
        if (intro.status === 'accepted') await backdateIntroducedOn(tx, intro.id, isoDay(day));
        await noteAccepts(day);
      } else if (step.do === 'decline') intro = await declineIntroduction(as(step.by), intro.id, { version: intro.version, reason: step.reason });
      else if (step.do === 'withdraw') intro = await withdrawIntroduction(as(step.by), intro.id, { version: intro.version });
      else intro = await moveIntroductionStage(as(step.by), intro.id, { version: intro.version, stage: step.stage, on: isoDay(day) });
      days.push(day);
    }
    await backdateIntroduction(tx, intro.id, plan, days, accepted);
    seeded += 1;
  }
  // The use cases mailed each step to the demo's example.org addresses; these are replayed
  // history, not news, so nothing goes out for them.
  await discardOutboxMailsByPurpose(tx, 'introduction-', mailBefore);
  return { introductions: seeded };
}

/**
 * Demo only: moves the introduction's timestamps and its history entries to the days of the plan.
 * One use case call wrote one history entry, in order, so the n-th entry gets the n-th day.
 */
async function backdateIntroduction(tx: ServiceContext, id: string, plan: DemoIntroduction, days: Date[], accepted: { from: Date | null; to: Date | null }) {
  const decline = plan.steps.findIndex((s) => s.do === 'decline');
  const withdraw = plan.steps.findIndex((s) => s.do === 'withdraw');
  await backdateIntroductionTimes(tx, id, {
    createdAt: days[0],
    updatedAt: days[days.length - 1],
    fromAcceptedAt: accepted.from,
    toAcceptedAt: accepted.to,
    declinedAt: decline >= 0 ? days[decline + 1] : null,
    withdrawnAt: withdraw >= 0 ? days[withdraw + 1] : null,
  });
  await backdateRecordHistory(tx, 'introduction', id, days);
}
