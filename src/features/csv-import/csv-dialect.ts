/**
 * What a CSV file looks like, guessed from its first bytes: the delimiter (comma, semicolon or
 * tab: German and Romanian Excel write semicolons, English comma) and whether it is UTF-8.
 */
export const csvDelimiters = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/** How much of the file the guesses look at. */
export const SAMPLE_BYTES = 64 * 1024;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
export const hasBom = (bytes: Uint8Array) => UTF8_BOM.every((b, i) => bytes[i] === b);

/**
 * The sample as text, or undefined when it is not UTF-8 (a file saved as "CSV" by older Excel is
 * Windows-1252; the report then asks for "CSV UTF-8"). A character cut at the end of the sample
 * is not an error. The BOM is dropped.
 */
export function decodeSample(bytes: Uint8Array): string | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  try {
    return decoder.decode(bytes, { stream: true });
  } catch {
    return undefined;
  }
}

/** Delimiter counts per line outside quoted fields, for the first lines of the sample. */
function countsPerLine(text: string, delimiter: string, maxLines = 30): number[] {
  const counts: number[] = [];
  let inQuotes = false;
  let count = 0;
  let lineHasContent = false;
  for (let i = 0; i < text.length && counts.length < maxLines; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === delimiter) count++;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (lineHasContent) counts.push(count);
      count = 0;
      lineHasContent = false;
      continue;
    }
    if (ch.trim()) lineHasContent = true;
  }
  return counts;
}

/**
 * The delimiter that splits the most lines into the same number of columns (more than one);
 * ties go to the one giving more columns. Comma when nothing splits (a one-column file).
 */
export function detectDelimiter(sample: string): CsvDelimiter {
  let best: CsvDelimiter = ',';
  let bestScore = -1;
  let bestColumns = 0;
  for (const delimiter of csvDelimiters) {
    const counts = countsPerLine(sample, delimiter);
    // The most frequent non-zero count; lines agreeing with it score.
    const frequency = new Map<number, number>();
    for (const c of counts) if (c > 0) frequency.set(c, (frequency.get(c) ?? 0) + 1);
    let mode = 0;
    let modeCount = 0;
    for (const [c, n] of frequency) if (n > modeCount || (n === modeCount && c > mode)) [mode, modeCount] = [c, n];
    if (modeCount > bestScore || (modeCount === bestScore && mode > bestColumns)) {
      best = delimiter;
      bestScore = modeCount;
      bestColumns = mode;
    }
  }
  return bestScore > 0 ? best : ',';
}
