/** A measure's status; dropped measures leave the roll-up (progress-roll-up.ts). */
export const measureStatuses = ['planned', 'running', 'done', 'dropped'] as const;
export type MeasureStatus = (typeof measureStatuses)[number];
