import { createEvents, type EventAttributes } from 'ics';

/** A call deadline (one cut-off) as a timed event at its instant. */
export interface DeadlineEntry {
  kind: 'call-deadline';
  identifier: string;
  title: string;
  at: Date;
  label: string | null;
  url: string | null;
  pontisUrl: string;
}

/** The deadline a project aims for, as a timed event. */
export interface ProjectDeadlineEntry {
  kind: 'project-deadline';
  projectId: string;
  projectTitle: string;
  at: Date;
  callIdentifier: string | null;
  pontisUrl: string;
}

/** A milestone: an all-day event on its due day. */
export interface MilestoneEntry {
  kind: 'milestone';
  id: string;
  projectTitle: string;
  title: string;
  dueOn: string;
  done: boolean;
  pontisUrl: string;
}

export type CalendarEntry = DeadlineEntry | ProjectDeadlineEntry | MilestoneEntry;

const dayBefore = [{ action: 'display' as const, description: 'Deadline tomorrow', trigger: { hours: 24, minutes: 0, before: true } }];
const utc = { startInputType: 'utc', startOutputType: 'utc' } as const;

function dateArray(isoDate: string, plusDays = 0): [number, number, number] {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/**
 * RFC 5545 events with stable UIDs, so a calendar app updates an event when a deadline's details
 * change instead of adding a second one. Deadlines are instants in UTC (no end: an event that
 * ends when it starts), milestones whole days.
 */
export function toIcsEvent(entry: CalendarEntry): EventAttributes {
  switch (entry.kind) {
    case 'call-deadline':
      return {
        ...utc,
        start: entry.at.getTime(),
        uid: `call-${entry.identifier}-${entry.at.getTime()}@pontis`,
        title: `Deadline: ${entry.title}`,
        description: [entry.identifier, entry.label, entry.url, entry.pontisUrl].filter(Boolean).join('\n'),
        url: entry.url ?? entry.pontisUrl,
        alarms: dayBefore,
      } as EventAttributes;
    case 'project-deadline':
      return {
        ...utc,
        start: entry.at.getTime(),
        uid: `project-${entry.projectId}-${entry.at.getTime()}@pontis`,
        title: `Deadline: ${entry.projectTitle}`,
        description: [entry.callIdentifier, entry.pontisUrl].filter(Boolean).join('\n'),
        url: entry.pontisUrl,
        alarms: dayBefore,
      } as EventAttributes;
    case 'milestone':
      return {
        start: dateArray(entry.dueOn),
        end: dateArray(entry.dueOn, 1),
        uid: `milestone-${entry.id}@pontis`,
        title: `${entry.done ? '✓ ' : ''}${entry.projectTitle}: ${entry.title}`,
        description: entry.pontisUrl,
        url: entry.pontisUrl,
      };
  }
}

/** The whole feed as text/calendar, with the events other features contribute (calendar-feed-contributions.ts). */
export function renderCalendar(name: string, entries: readonly CalendarEntry[], contributed: readonly EventAttributes[] = []): string {
  const { error, value } = createEvents([...entries.map(toIcsEvent), ...contributed], { productId: '-//Pontis//Call radar//EN', calName: name });
  if (error || value === null) throw error ?? new Error('calendar could not be written');
  return value;
}
