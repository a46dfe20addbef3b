import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';

// Excel in German, Romanian and Hungarian settings splits on ";" (the comma is their decimal mark).
const separators = { comma: ',', semicolon: ';' } as const;

export const csvSeparator = z
  .enum(['comma', 'semicolon'])
  .default('comma')
  .describe('Column separator. "semicolon" opens directly in Excel set to German, Romanian or Hungarian');
export type CsvSeparator = z.infer<typeof csvSeparator>;

/**
 * A table as CSV for spreadsheets (RFC 4180, UTF-8 with a byte order mark so that Excel reads
 * ä, ș and ő correctly, CRLF line ends).
 */
export function spreadsheetCsv(columns: readonly string[], records: readonly (readonly (string | number)[])[], separator: CsvSeparator): string {
  return stringify(records as (string | number)[][], {
    bom: true,
    header: true,
    columns: [...columns],
    delimiter: separators[separator],
    record_delimiter: 'windows',
    // The library quotes only fields holding the record delimiter itself (CRLF); a lone line feed
    // in a text would otherwise split the row for every reader.
    quoted_match: /[\r\n]/,
    // A cell starting with = + - @ would run as a formula in a spreadsheet: the text came from
    // other people, so it is prefixed with a quote and stays text.
    escape_formulas: true,
  });
}
