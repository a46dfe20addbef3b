import type { ActivityKind } from '../../../features/activities/activity-vocabulary.ts';

/** The kinds in the order the plan form offers them (the server's vocabulary, checked by the type). */
export const activityKindList = [
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
] as const satisfies readonly ActivityKind[];

type Missing = Exclude<ActivityKind, (typeof activityKindList)[number]>;
// A kind added on the server without a label here fails the type check.
export const allKindsListed: Missing extends never ? true : false = true;

export const genderList = ['female', 'male', 'non-binary', 'other'] as const;

/** Time zones for an online activity, from the browser; a short list when it cannot say. */
export function timeZoneOptions(current: string): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? ['Europe/Berlin', 'Europe/Bucharest', 'Europe/Budapest', 'Europe/Brussels', 'Europe/London', 'UTC'];
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}
