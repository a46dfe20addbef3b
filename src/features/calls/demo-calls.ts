import type { ServiceContext } from '../../shared/context.ts';
import { importCallRecords, type CallImportSummary } from './import-calls.ts';
import { brusselsAt } from './portal-dates.ts';

/** Identifiers of the demo calls, for other demo data (a project idea, a followed call). */
export const DEMO_CALLS = {
  citiesMission: 'HORIZON-MISS-2027-CIT-02-03',
  townTwinning: 'CERV-2027-CITIZENS-TOWN-TT',
  networksOfTowns: 'CERV-2027-CITIZENS-TOWN-NT',
  smartCommunities: 'DIGITAL-2027-SMART-COMMUNITIES-02',
  lifeClimate: 'LIFE-2027-SAP-CLIMA-GOV',
  interreg: 'INTERREG-DANUBE-2027-03',
  urbact: 'URBACT-2027-TRANSFER',
  positiveEnergy: 'HORIZON-MISS-2027-CIT-03-01',
  health: 'EU4H-2027-PJ-02',
  tender: 'EC-REGIO/2027/OP/0003',
  closed: 'HORIZON-CL6-2026-COMMUNITIES-02',
} as const;

const WEEK = 7 * 86_400_000;
const OPEN = { id: 31094502, abbreviation: 'Open' };
const FORTHCOMING = { id: 31094501, abbreviation: 'Forthcoming' };
const CLOSED = { id: 31094503, abbreviation: 'Closed' };
const HORIZON = { id: 43108390, abbreviation: 'HORIZON', description: 'Horizon Europe Framework Programme (HORIZON)' };
const CERV = { id: 43251589, abbreviation: 'CERV', description: 'Citizens, Equality, Rights and Values Programme (CERV)' };
/**
 * Demo calls used to carry a "Demo data: this call is invented …" paragraph in their description,
 * so it was part of the call's text: a project started from the call copied it into its summary.
 * The note is now said by the call page for every call of source `demo`, in the reader's language;
 * this prefix only recognises the note in calls loaded before that change.
 */
const LEGACY_DEMO_NOTE = 'Demo data: this call is invented';

/**
 * About ten calls in the portal's reference-file shape, dated relative to `now`: opened four
 * weeks ago, deadlines 3 to 16 weeks ahead (17:00 Brussels), one two-stage, one with two
 * cut-offs, one forthcoming and one closed.
 */
export function demoCallRecords(now: Date): unknown[] {
  const day = (weeks: number) => new Date(now.getTime() + weeks * WEEK).toISOString().slice(0, 10);
  const deadline = (weeks: number) => Date.parse(brusselsAt(day(weeks), 17)!);
  const opened = Date.parse(`${day(-4)}T00:00:00Z`);
  const describe = (text: string) => `<p>${text}</p>`;
  return [
    {
      type: 1,
      identifier: DEMO_CALLS.citiesMission,
      title: 'Local digital twins and smart urban services for climate-neutral cities',
      callIdentifier: 'HORIZON-MISS-2027-CIT-02',
      callTitle: 'Climate-neutral and smart cities mission',
      status: OPEN,
      frameworkProgramme: HORIZON,
      deadlineModel: 'single-stage',
      plannedOpeningDateLong: opened,
      deadlineDatesLong: [deadline(10)],
      tags: ['digital twin', 'smart city', 'climate neutrality', 'urban data platform'],
      keywords: ['energy efficiency', 'mobility', 'open data'],
      description: describe(
        'Cities build local digital twins that join energy, mobility and environmental data, and share the tools with partner cities across Europe.',
      ),
    },
    {
      type: 1,
      identifier: DEMO_CALLS.townTwinning,
      title: "Town-Twinning: citizens' meetings between partner towns",
      callIdentifier: 'CERV-2027-CITIZENS-TOWN',
      callTitle: 'Town-twinning and networks of towns',
      status: OPEN,
      frameworkProgramme: CERV,
      deadlineModel: 'multiple cut-off',
      plannedOpeningDateLong: opened,
      deadlineDatesLong: [deadline(3), deadline(14)],
      tags: ['town twinning', 'civic participation', 'European remembrance'],
      keywords: ['municipalities', 'citizens', 'youth exchange'],
      description: describe('Twinned towns bring citizens together to debate the future of Europe, remembrance and democratic participation.'),
    },
    {
      type: 1,
      identifier: DEMO_CALLS.networksOfTowns,
      title: 'Networks of Towns: cooperation on shared local challenges',
      callIdentifier: 'CERV-2027-CITIZENS-TOWN',
      callTitle: 'Town-twinning and networks of towns',
      status: OPEN,
      frameworkProgramme: CERV,
      deadlineModel: 'single-stage',
      plannedOpeningDateLong: opened,
      deadlineDatesLong: [deadline(12)],
      tags: ['networks of towns', 'local authorities', 'inclusion'],
      keywords: ['municipal cooperation'],
      description: describe('Networks of at least five towns work together on a common topic, such as inclusion of newcomers or climate adaptation.'),
    },
    {
      type: 1,
      identifier: DEMO_CALLS.smartCommunities,
      title: 'Smart communities: local data platforms and data spaces for public services',
      callIdentifier: 'DIGITAL-2027-DEPLOY-02',
      callTitle: 'Digital Europe deployment call',
      status: OPEN,
      frameworkProgramme: { id: 43152860, abbreviation: 'DIGITAL', description: 'Digital Europe Programme (DIGITAL)' },
      deadlineModel: 'single-stage',
      plannedOpeningDateLong: opened,
      deadlineDatesLong: [deadline(8)],
      tags: ['smart communities', 'data spaces', 'interoperability'],
      keywords: ['e-government', 'open source'],
      description: describe('Municipalities deploy interoperable data platforms for public services and connect them to the European data spaces.'),
    },
    {
      type: 1,
      identifier: DEMO_CALLS.lifeClimate,
      title: 'Climate governance: local adaptation plans and citizen engagement',
      callIdentifier: 'LIFE-2027-SAP-CLIMA',
      callTitle: 'LIFE Climate Action standard action projects',
      status: OPEN,
      frameworkProgramme: { id: 43252405, abbreviation: 'LIFE', description: 'Programme for the Environment and Climate Action (LIFE)' },
      deadlineModel: 'single-stage',
      plannedOpeningDateLong: opened,
      deadlineDatesLong: [deadline(9)],
      tags: ['climate adaptation', 'heat waves', 'urban greening'],
      keywords: ['local climate plans'],
      description: describe('Local authorities prepare and test climate adaptation plans with their citizens: heat, flooding and urban greening.'),
    },
    {
      type: 1,
      identifier: DEMO_CALLS.interreg,
      title: 'Danube Region: cities cooperating on water management and renewable energy',
      callIdentifier: 'INTERREG-DANUBE-2027',
      callTitle: 'Interreg Danube Region programme, third call',
      status: OPEN,
      frameworkProgramme: { id: 1, abbreviation: 'INTERREG', description: 'Interreg Danube Region Programme' },
      deadlineModel: 'two-stage',
      plannedOpeningDateLong: opened,
      deadlineDatesLong: [deadline(4), deadline(15)],
      tags: ['transnational cooperation', 'water management', 'renewable energy'],
      keywords: ['Danube', 'cities'],
      description: describe('A two-stage call: short concept notes first, full applications from the selected partnerships.'),
    },
    {
      type: 1,
      identifier: DEMO_CALLS.urbact,
      title: 'URBACT Transfer Networks: adapting good practices between cities',
      status: OPEN,
      frameworkProgramme: { id: 2, abbreviation: 'URBACT', description: 'URBACT IV' },
      deadlineModel: 'single-stage',
      plannedOpeningDateLong: opened,
      deadlineDatesLong: [deadline(11)],
      tags: ['integrated urban development', 'good practice transfer'],
      keywords: ['cities', 'capacity building'],
      description: describe('Cities with a proven good practice help partner cities adapt and reuse it.'),
    },
    {
      type: 1,
      identifier: DEMO_CALLS.positiveEnergy,
      title: 'Positive clean energy districts in mid-sized cities',
      callIdentifier: 'HORIZON-MISS-2027-CIT-03',
      callTitle: 'Climate-neutral and smart cities mission',
      status: FORTHCOMING,
      frameworkProgramme: HORIZON,
      deadlineModel: 'single-stage',
      plannedOpeningDateLong: Date.parse(`${day(2)}T00:00:00Z`),
      deadlineDatesLong: [deadline(16)],
      tags: ['positive energy districts', 'renewable energy'],
      keywords: ['district heating'],
      description: describe('Districts that produce more renewable energy than they use, replicated in partner cities.'),
    },
    {
      type: 1,
      identifier: DEMO_CALLS.health,
      title: 'Prevention of non-communicable diseases in urban settings',
      status: OPEN,
      frameworkProgramme: { id: 43332642, abbreviation: 'EU4H', description: 'EU4Health Programme (EU4H)' },
      deadlineModel: 'single-stage',
      plannedOpeningDateLong: opened,
      deadlineDatesLong: [deadline(6)],
      tags: ['health promotion', 'prevention'],
      keywords: ['public health'],
      description: describe('Health promotion and prevention programmes run with local health services.'),
    },
    {
      type: 0,
      identifier: DEMO_CALLS.tender,
      title: 'Study on the administrative capacity of municipalities in cross-border cooperation',
      status: OPEN,
      frameworkProgramme: {},
      deadlineDatesLong: [deadline(5)],
      latestInfos: [
        {
          content: '<p>Tender documents published. Questions may be sent until ten days before the deadline.</p>',
          lastChangeDate: new Date(opened).toISOString(),
        },
      ],
    },
    {
      type: 1,
      identifier: DEMO_CALLS.closed,
      title: 'Resilient rural-urban food systems',
      status: CLOSED,
      frameworkProgramme: HORIZON,
      deadlineModel: 'single-stage',
      plannedOpeningDateLong: Date.parse(`${day(-20)}T00:00:00Z`),
      deadlineDatesLong: [deadline(-3)],
      tags: ['food systems', 'rural areas'],
      keywords: [],
      description: describe('Food systems linking cities and their rural surroundings.'),
    },
  ];
}

/** A demo call's text without the note that calls loaded before issue 11 carry in it. */
export function withoutLegacyDemoNote(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith(LEGACY_DEMO_NOTE))
    .join('\n')
    .trim();
}

/** Loads the demo calls through the same import as real data (source `demo`). */
export async function seedDemoCalls(ctx: ServiceContext, now = new Date()): Promise<CallImportSummary> {
  return importCallRecords(ctx, demoCallRecords(now), { source: 'demo', logSource: 'demo', origin: 'demo', now });
}
