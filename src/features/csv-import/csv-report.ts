import type { RowProblem } from './csv-row.ts';

/** How many problems a report keeps in full; beyond that only counts grow, so memory stays bounded. */
export const REPORT_LIMIT = 1000;

export interface CsvReport {
  /** Rows read (after the header), valid and invalid. */
  rows: number;
  validRows: number;
  invalidRows: number;
  /** All problems found, also those beyond the kept list. */
  problemCount: number;
  /** Problems per field, counted over the whole file. */
  byField: Record<string, number>;
  /** The first problems, in file order. */
  problems: RowProblem[];
  truncated: boolean;
}

export function emptyReport(): CsvReport {
  return { rows: 0, validRows: 0, invalidRows: 0, problemCount: 0, byField: {}, problems: [], truncated: false };
}

/** Adds one row's outcome to the report. */
export function addRow(report: CsvReport, problems: readonly RowProblem[], limit = REPORT_LIMIT): void {
  report.rows++;
  if (!problems.length) {
    report.validRows++;
    return;
  }
  report.invalidRows++;
  for (const p of problems) {
    report.problemCount++;
    report.byField[p.field] = (report.byField[p.field] ?? 0) + 1;
    if (report.problems.length < limit) report.problems.push(p);
    else report.truncated = true;
  }
}

/** A file-level problem (encoding, mapping, CSV syntax) reported like a row's, with row 0 or its line. */
export function addFileProblem(report: CsvReport, problem: RowProblem): void {
  report.problemCount++;
  report.byField[problem.field] = (report.byField[problem.field] ?? 0) + 1;
  if (report.problems.length < REPORT_LIMIT) report.problems.push(problem);
  else report.truncated = true;
}
