import fs from 'node:fs';
import { AppError } from '../shared/errors.ts';

/** Reads and parses an interchange file, turning I/O and JSON problems into clear errors. */
export function readInterchangeFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new AppError('file_unreadable', 400, `Cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid_json', 400, `${file} is not valid JSON: ${(error as Error).message}`, [
      { path: '$', rule: 'json', message: (error as Error).message },
    ]);
  }
}
