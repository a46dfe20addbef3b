import { describe, expect, it } from 'vitest';
import { decodeSample, detectDelimiter, hasBom } from './csv-dialect.ts';
import { bufferSource, readCsv, sniffCsv, uniqueHeaders } from './csv-reader.ts';

async function records(text: string | Buffer) {
  const source = bufferSource(Buffer.isBuffer(text) ? text : Buffer.from(text));
  const dialect = await sniffCsv(source);
  const out: unknown[] = [];
  for await (const item of readCsv(source, dialect)) out.push(item);
  return { dialect, out };
}

describe('CSV dialect', () => {
  it('detects comma, semicolon and tab, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('Name,Art\nA,B\nC,D\n')).toBe(',');
    expect(detectDelimiter('Name;Art;Stadt\n"A, B";Firma;Dortmund\nC;D;E\n')).toBe(';');
    expect(detectDelimiter('Name\tArt\nA, B\tC\n')).toBe('\t');
    expect(detectDelimiter('"Nume, complet";Tip\n"X, Y";Z\n')).toBe(';');
    expect(detectDelimiter('Name\nA\n')).toBe(',');
  });

  it('recognises a UTF-8 BOM and refuses text that is not UTF-8', () => {
    expect(hasBom(Buffer.from('\uFEFFName'))).toBe(true);
    expect(hasBom(Buffer.from('Name'))).toBe(false);
    expect(decodeSample(Buffer.from('Oraș'))).toBe('Oraș');
    expect(decodeSample(Buffer.from([0x53, 0x74, 0x72, 0x61, 0xdf, 0x65]))).toBeUndefined(); // "Straße" in Windows-1252
    // A character cut at the end of the sample is not an error.
    expect(decodeSample(Buffer.from('Kolozsvár').subarray(0, 8))).toBe('Kolozsv');
  });

  it('reads records with a BOM, quoted delimiters and line breaks, and line numbers', async () => {
    const { dialect, out } = await records('\uFEFFName;Beschreibung\r\n"Babeș; Bolyai";"Zeile 1\nZeile 2"\r\n\r\nTU;x\r\n');
    expect(dialect).toEqual({ delimiter: ';', bom: true, utf8: true });
    expect(out).toEqual([
      { headers: ['Name', 'Beschreibung'] },
      expect.objectContaining({ cells: ['Babeș; Bolyai', 'Zeile 1\nZeile 2'], line: 3 }),
      expect.objectContaining({ cells: ['TU', 'x'], line: 5 }),
    ]);
  });

  it('skips a title line above the header row', async () => {
    const { out } = await records('Liste der Organisationen\nName,Art\nTU Dortmund,Universität\n');
    expect(out[0]).toEqual({ headers: ['Name', 'Art'] });
    expect(out[1]).toEqual(expect.objectContaining({ cells: ['TU Dortmund', 'Universität'], line: 3 }));
  });

  it('names empty and repeated column headers', () => {
    expect(uniqueHeaders(['Name', '', 'Name'])).toEqual(['Name', '(column 2)', 'Name (2)']);
  });
});
