/**
 * What each field of an audit snapshot holds, so the history can show it in words: internal
 * bookkeeping is left out, codes are named from their vocabulary, ids become the names of the
 * records they point to, texts are compared word by word. Every field listed here has a name in
 * the web catalogue (history.fields.*; history-fields.test.ts checks all four languages), and
 * history-fields.api.test.ts fails on a snapshot field missing here.
 */
export type RecordType = 'city' | 'organisation' | 'partnership' | 'person' | 'project' | 'agreement' | 'call' | 'project-work-package' | 'activity';

export type FieldKind =
  | { is: 'internal' }
  | { is: 'text' } // short text, shown whole
  | { is: 'long-text' } // compared word by word
  | { is: 'localised'; long: boolean } // a text per language: one change per language
  | { is: 'number'; unit?: 'EUR' }
  | { is: 'boolean' }
  | { is: 'date'; withTime?: boolean }
  | { is: 'code'; vocabulary: string }
  | { is: 'codes'; vocabulary: string }
  | { is: 'ref'; type: RecordType; by?: 'id' | 'key' }
  | { is: 'refs'; type: RecordType; by?: 'id' | 'key' }
  | { is: 'items' } // a list of small records (offers, signatories, aliases)
  | { is: 'object' }; // nested fields, each shown as its own change (a city's office)

const internal: FieldKind = { is: 'internal' };
const text: FieldKind = { is: 'text' };
const longText: FieldKind = { is: 'long-text' };
const date: FieldKind = { is: 'date' };
const money: FieldKind = { is: 'number', unit: 'EUR' };
const number: FieldKind = { is: 'number' };
const code = (vocabulary: string): FieldKind => ({ is: 'code', vocabulary });
const ref = (type: RecordType, by: 'id' | 'key' = 'id'): FieldKind => ({ is: 'ref', type, by });

/** Fields that mean the same in every record type. */
export const commonFields: Record<string, FieldKind> = {
  // Bookkeeping: ids, versions, timestamps, checksums, search columns, uploaders.
  id: internal,
  key: internal,
  version: internal,
  createdAt: internal,
  updatedAt: internal,
  createdBy: internal,
  updatedBy: internal,
  uploadedBy: internal,
  actorId: internal,
  stageChangedAt: internal,
  sha256: internal,
  content: internal,
  nameNormalized: internal,
  normalized: internal,
  searchVector: internal,
  position: internal,
  icalSequence: internal,
  measureId: internal,
  programmeId: internal,
  fieldId: internal,
  goalId: internal,
  introductionId: internal,
  recordedBy: internal,
  recordedAt: internal,
  userId: internal,
  // Texts.
  name: text,
  displayName: text,
  acronym: text,
  title: { is: 'localised', long: false },
  description: { is: 'localised', long: true },
  summary: { is: 'localised', long: true },
  text: { is: 'localised', long: true },
  note: longText,
  outcome: longText,
  indicator: text,
  unit: text,
  roleTitle: text,
  personName: text,
  organisation: text,
  office: { is: 'object' },
  address: text,
  place: text,
  website: text,
  email: text,
  phone: text,
  fileName: text,
  contentType: text,
  timeZone: text,
  venue: text,
  onlineUrl: text,
  outcomes: { is: 'localised', long: true },
  minutes: { is: 'localised', long: true },
  reason: { is: 'localised', long: true },
  // Dates.
  since: date,
  signedOn: date,
  occurredOn: date,
  startsOn: date,
  endsOn: date,
  dueOn: date,
  doneOn: date,
  validUntil: date,
  uploadedAt: { is: 'date', withTime: true },
  callDeadlineAt: { is: 'date', withTime: true },
  startsAt: { is: 'date', withTime: true },
  endsAt: { is: 'date', withTime: true },
  registrationDeadline: { is: 'date', withTime: true },
  // Numbers and yes/no.
  population: number,
  latitude: number,
  longitude: number,
  number: number,
  baseline: number,
  target: number,
  achieved: number,
  sizeBytes: number,
  budget: money,
  ownContribution: money,
  requestedAmount: money,
  awardedAmount: money,
  visibleToPartners: { is: 'boolean' },
  visibleToPublic: { is: 'boolean' },
  isPublic: { is: 'boolean' },
  registrationOpen: { is: 'boolean' },
  capacity: number,
  needsRetentionDays: number,
  progress: number,
  // Vocabularies.
  themes: { is: 'codes', vocabulary: 'theme' },
  concepts: { is: 'codes', vocabulary: 'concept' },
  languages: { is: 'codes', vocabulary: 'language' },
  lang: code('language'),
  originalLang: code('language'),
  country: code('country'),
  category: code('item-category'),
  mode: code('signing-mode'),
  stage: code('project-stage'),
  fromStage: code('project-stage'),
  toStage: code('project-stage'),
  event: code('history-event'),
  // References to other records.
  city: ref('city', 'key'),
  cityKey: ref('city', 'key'),
  cities: { is: 'refs', type: 'city', by: 'key' },
  cityId: ref('city'),
  organisationId: ref('organisation'),
  leadOrganisationId: ref('organisation'),
  ownerOrganisationId: ref('organisation'),
  partnershipId: ref('partnership'),
  projectId: ref('project'),
  agreementId: ref('agreement'),
  callId: ref('call'),
  workPackageId: ref('project-work-package'),
  activityId: ref('activity'),
  hostCityId: ref('city'),
  organiserIds: { is: 'refs', type: 'organisation' },
  organisationAId: ref('organisation'),
  organisationBId: ref('organisation'),
  projectIds: { is: 'refs', type: 'project' },
  themeKey: code('theme'),
  // The work plan keeps the organisation with its name ({ id, name }) beside the id.
  leadOrganisation: ref('organisation'),
  ownerOrganisation: ref('organisation'),
  workPackageNumber: number,
  // Lists of small records.
  offers: { is: 'items' },
  requests: { is: 'items' },
  signatories: { is: 'items' },
  facilitators: { is: 'items' },
  documents: { is: 'items' },
  aliases: { is: 'items' },
  agenda: { is: 'items' },
  responsibles: { is: 'items' },
  indicators: { is: 'items' },
  sdgTargets: { is: 'items' },
};

/** Fields whose codes come from a vocabulary of their own record type (kind, status, role). */
export const typedFields: Record<string, Record<string, FieldKind>> = {
  organisation: { kind: code('organisation-kind') },
  partnership: { kind: code('partnership-kind'), status: code('partnership-status') },
  agreement: { kind: code('agreement-kind') },
  'timeline-event': { kind: code('timeline-kind') },
  project: {},
  'project-partner': { role: code('project-role') },
  'project-work-package': { status: code('work-package-status') },
  'project-milestone': { status: code('milestone-status') },
  'organisation-item': { status: code('item-status') },
  user: { role: code('user-role') },
  activity: { kind: code('activity-kind'), status: code('activity-status') },
  'activity-participant': { role: code('participant-role'), status: code('participant-status'), language: code('language') },
  'programme-measure': { status: code('measure-status') },
};

/** The vocabularies of typedFields, for fields met in another record type than listed. */
const fallbackTyped: Record<string, FieldKind> = { kind: text, status: text, role: text };

/** How a field of a record type is shown; undefined for a field nobody has described yet. */
export function fieldKind(entityType: string, field: string): FieldKind | undefined {
  return typedFields[entityType]?.[field] ?? commonFields[field] ?? fallbackTyped[field];
}

/** Every field name the history may show (not internal), for the translation check. */
export function namedFields(): string[] {
  const all = new Set<string>();
  for (const [field, kind] of Object.entries(commonFields)) if (kind.is !== 'internal') all.add(field);
  for (const fields of Object.values(typedFields)) for (const field of Object.keys(fields)) all.add(field);
  for (const field of Object.keys(fallbackTyped)) all.add(field);
  return [...all].sort();
}

/** Every vocabulary the history names codes from, for the translation check. */
export function vocabularies(): string[] {
  const all = new Set<string>();
  for (const kind of [...Object.values(commonFields), ...Object.values(typedFields).flatMap((f) => Object.values(f))]) {
    if (kind.is === 'code' || kind.is === 'codes') all.add(kind.vocabulary);
  }
  return [...all].sort();
}
