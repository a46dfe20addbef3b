/** The kinds of exchange the Letter of Intent speaks of, and the states of an activity and its participants. */
export const activityKinds = [
  'delegation-visit',
  'study-visit',
  'expert-exchange',
  'workshop',
  'conference',
  'webinar',
  'youth-exchange',
  'cultural-event',
  'job-shadowing',
  'online-meeting',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** planned: announced (past or coming, by its dates); cancelled: called off, kept and mailed. */
export const activityStatuses = ['planned', 'cancelled'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export const participantRoles = ['delegate', 'speaker', 'participant', 'organiser'] as const;
export type ParticipantRole = (typeof participantRoles)[number];

/** delegation: added by a coordinator; self: registered by the member; import: from an interchange file. */
export const participantSources = ['delegation', 'self', 'import'] as const;
export type ParticipantSource = (typeof participantSources)[number];

/** waiting: on the waiting list (in order of registration); cancelled rows are kept. */
export const participantStatuses = ['registered', 'waiting', 'cancelled'] as const;
export type ParticipantStatus = (typeof participantStatuses)[number];

/** Stated only by choice, for funders' statistics by gender. */
export const gendersStated = ['female', 'male', 'non-binary', 'other'] as const;
export type GenderStated = (typeof gendersStated)[number];
