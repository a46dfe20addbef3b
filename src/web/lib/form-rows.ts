// Repeatable rows of a form (aliases, signatories, offers…).

let nextRowId = 0;

/**
 * A client-side id for a row, so that React keeps each row's inputs in place when rows above
 * it are removed. It never reaches the API.
 */
export const newRowId = () => `row-${++nextRowId}`;

export const updateRow = <T>(rows: T[], index: number, patch: Partial<T>): T[] => rows.map((row, i) => (i === index ? { ...row, ...patch } : row));

export const removeRow = <T>(rows: T[], index: number): T[] => rows.filter((_, i) => i !== index);
