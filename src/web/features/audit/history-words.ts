import type { TFunction } from 'i18next';
import type { HistoryAuthor, HistoryChange, HistoryEntry, HistoryFlatValue, HistoryValue } from '../../../features/audit/audit.schemas.ts';
import { countryName, languageLabel, languageName } from '../../lib/intl-names.ts';
import { formatDate, intlLocale, labelIn } from '../../lib/labels.ts';
import { vocabularyKeys } from './vocabularies.ts';

/** "ownContribution" → "Own contribution", "education-research" → "Education research". */
export function humanise(key: string): string {
  const words = key
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[-_.]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A field's name; one nobody has named yet reads as its words, never as a code. */
export const fieldName = (t: TFunction, field: string): string => t(`history.fields.${field}`, { defaultValue: humanise(field) });

/** The name of what changed: "Description (German)", "Coordinating office: E-mail". */
export function changeLabel(t: TFunction, lang: string, change: Pick<HistoryChange, 'field' | 'subfield' | 'language'>): string {
  const name = change.subfield ? t('history.subfield', { field: fieldName(t, change.field), part: fieldName(t, change.subfield) }) : fieldName(t, change.field);
  // In a sentence's parentheses a language reads as in running text: "(német)", "(Deutsch)".
  return change.language ? t('history.inLanguage', { field: name, language: languageName(change.language, lang) }) : name;
}

/** A code's name in the reader's language, from the server, the browser or the catalogues. */
export function codeName(t: TFunction, lang: string, value: Extract<HistoryFlatValue, { type: 'code' }>): string {
  if (value.labels && Object.keys(value.labels).length) return labelIn(value.labels, lang);
  if (value.vocabulary === 'language') return languageLabel(value.code, lang);
  if (value.vocabulary === 'country') return countryName(value.code, lang);
  const prefix = vocabularyKeys[value.vocabulary];
  return prefix ? t(`${prefix}.${value.code}`, { defaultValue: humanise(value.code) }) : humanise(value.code);
}

/** A single value in words. */
export function flatText(t: TFunction, lang: string, value: HistoryFlatValue): string {
  switch (value.type) {
    case 'empty':
      return t('history.value.empty');
    case 'erased':
      return t('history.value.erased');
    case 'text':
      return value.text;
    case 'boolean':
      return value.value ? t('common.yes') : t('common.no');
    case 'number':
      return value.unit
        ? new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency: value.unit, maximumFractionDigits: 2 }).format(value.value)
        : new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 6 }).format(value.value);
    case 'date':
      return formatDate(value.value, lang);
    case 'code':
      return codeName(t, lang, value);
    case 'record':
      if (value.name) return value.name;
      return value.visible ? t('history.value.missingRecord') : t('history.value.hiddenRecord');
  }
}

/** A value in words; a small record as "Field: value; Field: value". */
export function valueText(t: TFunction, lang: string, value: HistoryValue): string {
  if (value.type !== 'fields') return flatText(t, lang, value);
  return fieldGroups(value.fields)
    .map(([field, values]) => `${fieldName(t, field)}: ${values.map((v) => flatText(t, lang, v)).join(', ')}`)
    .join('; ');
}

/** Fields of a small record, values of one field together (an offer's themes). */
export function fieldGroups(fields: { field: string; value: HistoryFlatValue }[]): [string, HistoryFlatValue[]][] {
  const groups = new Map<string, HistoryFlatValue[]>();
  for (const { field, value } of fields) groups.set(field, [...(groups.get(field) ?? []), value]);
  return [...groups];
}

/** Who made the change: the user, or where it came from (demo data, an imported file, …). */
export function authorName(t: TFunction, actor: HistoryAuthor): string {
  const user = actor.id === null && actor.label === 'erased user' ? t('history.erasedActor') : actor.label;
  switch (actor.source) {
    case 'demo':
      return t('history.source.demo');
    case 'import': {
      const file = actor.detail ? t('history.source.importFile', { file: actor.detail }) : t('history.source.import');
      return actor.id ? t('history.source.userWithImport', { name: user, source: file }) : file;
    }
    case 'command-line':
      return actor.id ? user : t('history.source.commandLine');
    case 'system':
      return actor.id ? user : t('history.source.system');
    default:
      return user;
  }
}

/** "Changed by Anna Weber: Description (German) and Kind. Themes: 2 added, 1 removed." */
export function entrySentence(t: TFunction, lang: string, entry: Pick<HistoryEntry, 'action' | 'actor' | 'changes'>): string {
  const name = authorName(t, entry.actor);
  if (entry.action === 'create') return t('history.sentence.created', { name });
  if (entry.action === 'delete') return t('history.sentence.deleted', { name });
  if (entry.action !== 'update') return t('history.sentence.other', { name, action: humanise(entry.action) });
  const labels = [...new Set(entry.changes.map((c) => changeLabel(t, lang, c)))];
  if (!labels.length) return t('history.sentence.changedNothing', { name });
  const list = new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' }).format(labels);
  const sentences = [t('history.sentence.changed', { name, fields: list })];
  for (const change of entry.changes.filter((c) => c.kind === 'list')) {
    const parts = [
      change.added.length ? t('history.sentence.added', { count: change.added.length }) : null,
      change.removed.length ? t('history.sentence.removed', { count: change.removed.length }) : null,
    ].filter(Boolean);
    if (parts.length) sentences.push(t('history.sentence.listCounts', { field: changeLabel(t, lang, change), counts: parts.join(', ') }));
  }
  return sentences.join(' ');
}
