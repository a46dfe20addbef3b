import fs from 'node:fs';
import path from 'node:path';

const localesDir = path.resolve(import.meta.dirname, '../../../src/web/locales');

/** The UI's own strings, so that tests find elements by the text a reader sees in any language. */
export function label(lang: string, key: string, vars: Record<string, string> = {}): string {
  const [feature] = key.split('.');
  const catalogue = JSON.parse(fs.readFileSync(path.join(localesDir, lang, `${feature}.json`), 'utf8'));
  const value = key.split('.').reduce<any>((node, part) => node?.[part], catalogue);
  if (typeof value !== 'string') throw new Error(`no string ${key} in ${lang}`);
  return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => vars[name] ?? '');
}
