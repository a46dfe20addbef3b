import { isUuid } from '../../shared/uuid.ts';
import type { HistoryChange, HistoryFlatValue, HistoryValue } from './audit.schemas.ts';
import { sameValue } from './diff-snapshots.ts';
import { fieldKind, type FieldKind, type RecordType } from './history-fields.ts';

/** Names of the records and codes a change mentions (the service looks them up in the database). */
export interface HistoryLookup {
  record(type: RecordType, by: 'id' | 'key', value: string): { name: string | null; visible: boolean };
  labels(vocabulary: string, code: string): Record<string, string> | null;
}

type Snapshot = Record<string, unknown>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;
const EMPTY: HistoryValue = { type: 'empty' };

const asRecord = (v: unknown): Snapshot => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Snapshot) : {});
const isPlainObject = (v: unknown): v is Snapshot => !!v && typeof v === 'object' && !Array.isArray(v);
const isErased = (v: unknown) => isPlainObject(v) && Object.keys(v).length === 1 && v.erased === true;
const isBlank = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The changes between two snapshots of a record, in words rather than JSON: internal fields left
 * out, one change per language of a text kept per language, one per part of a nested field,
 * lists as the items added and removed, codes and ids as values the reader can name.
 */
export function readableChanges(entityType: string, before: unknown, after: unknown, lookup: HistoryLookup): HistoryChange[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const changes: HistoryChange[] = [];
  for (const field of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
    const old = a[field] ?? null;
    const now = b[field] ?? null;
    // An empty list where there was nothing is no change to a reader.
    if (sameValue(old, now) || (isBlank(old) && isBlank(now))) continue;
    const kind = fieldKind(entityType, field) ?? inferKind(old ?? now);
    if (kind.is === 'internal') continue;
    changes.push(...fieldChanges(entityType, field, kind, old, now, lookup));
  }
  return changes;
}

function change(field: string, partial: Partial<HistoryChange>): HistoryChange {
  return { field, subfield: null, language: null, kind: 'value', before: EMPTY, after: EMPTY, added: [], removed: [], ...partial };
}

function fieldChanges(entityType: string, field: string, kind: FieldKind, old: unknown, now: unknown, lookup: HistoryLookup): HistoryChange[] {
  if (isErased(old) || isErased(now)) {
    return [change(field, { before: toValue(entityType, kind, old, lookup), after: toValue(entityType, kind, now, lookup) })];
  }
  if (kind.is === 'localised' || ((kind.is === 'long-text' || kind.is === 'text') && (isLocalised(old) || isLocalised(now)))) {
    return localisedChanges(field, kind.is === 'text' ? false : kind.is === 'long-text' || (kind.is === 'localised' && kind.long), old, now);
  }
  if (kind.is === 'long-text' && (typeof old === 'string' || typeof now === 'string') && !Array.isArray(old) && !Array.isArray(now)) {
    return [change(field, { kind: 'text', before: textValue(old), after: textValue(now) })];
  }
  if (Array.isArray(old) || Array.isArray(now)) return [listChange(entityType, field, kind, old, now, lookup)];
  if ((isPlainObject(old) || isPlainObject(now)) && kind.is !== 'code' && kind.is !== 'ref') {
    const o = asRecord(old);
    const n = asRecord(now);
    const out: HistoryChange[] = [];
    for (const sub of [...new Set([...Object.keys(o), ...Object.keys(n)])]) {
      const subKind = fieldKind(entityType, sub) ?? inferKind(o[sub] ?? n[sub]);
      if (subKind.is === 'internal' || sameValue(o[sub] ?? null, n[sub] ?? null) || (isBlank(o[sub]) && isBlank(n[sub]))) continue;
      out.push(change(field, { subfield: sub, before: flatValue(entityType, subKind, o[sub], lookup), after: flatValue(entityType, subKind, n[sub], lookup) }));
    }
    return out;
  }
  return [change(field, { before: toValue(entityType, kind, old, lookup), after: toValue(entityType, kind, now, lookup) })];
}

const textValue = (v: unknown): HistoryValue => (typeof v === 'string' && v !== '' ? { type: 'text', text: v } : EMPTY);

/** A text kept per language: a list of { lang, text } or an object { de: …, en: … }. */
function isLocalised(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => isPlainObject(x) && typeof x.text === 'string');
  return isPlainObject(v) && Object.keys(v).length > 0 && Object.entries(v).every(([k, x]) => /^[a-z]{2,3}$/.test(k) && (typeof x === 'string' || x === null));
}

function byLanguage(v: unknown): Map<string | null, string> {
  const texts = new Map<string | null, string>();
  if (typeof v === 'string') texts.set(null, v);
  else if (Array.isArray(v)) {
    for (const x of v) if (isPlainObject(x) && typeof x.text === 'string') texts.set(typeof x.lang === 'string' ? x.lang : null, x.text);
  } else if (isPlainObject(v)) {
    for (const [lang, x] of Object.entries(v)) if (typeof x === 'string') texts.set(lang, x);
  }
  return texts;
}

function localisedChanges(field: string, long: boolean, old: unknown, now: unknown): HistoryChange[] {
  const o = byLanguage(old);
  const n = byLanguage(now);
  const out: HistoryChange[] = [];
  for (const lang of [...new Set([...o.keys(), ...n.keys()])]) {
    const before = o.get(lang) ?? null;
    const after = n.get(lang) ?? null;
    if (before === after) continue;
    out.push(change(field, { language: lang, kind: long ? 'text' : 'value', before: textValue(before), after: textValue(after) }));
  }
  return out;
}

function listChange(entityType: string, field: string, kind: FieldKind, old: unknown, now: unknown, lookup: HistoryLookup): HistoryChange {
  const o = Array.isArray(old) ? old : isBlank(old) ? [] : [old];
  const n = Array.isArray(now) ? now : isBlank(now) ? [] : [now];
  const itemKind: FieldKind =
    kind.is === 'codes'
      ? { is: 'code', vocabulary: kind.vocabulary }
      : kind.is === 'refs'
        ? { is: 'ref', type: kind.type, by: kind.by }
        : kind.is === 'items'
          ? { is: 'object' }
          : inferKind(o[0] ?? n[0]);
  const removed = o.filter((x) => !n.some((y) => sameValue(x, y)));
  const added = n.filter((x) => !o.some((y) => sameValue(x, y)));
  return change(field, {
    kind: 'list',
    removed: removed.map((x) => toValue(entityType, itemKind, x, lookup)),
    added: added.map((x) => toValue(entityType, itemKind, x, lookup)),
  });
}

/** A value of any shape; small records become a list of their fields. */
function toValue(entityType: string, kind: FieldKind, v: unknown, lookup: HistoryLookup): HistoryValue {
  if (isPlainObject(v) && !isErased(v) && kind.is !== 'code' && kind.is !== 'ref') {
    const fields: { field: string; value: HistoryFlatValue }[] = [];
    for (const [sub, x] of Object.entries(v)) {
      const subKind = fieldKind(entityType, sub) ?? inferKind(x);
      if (subKind.is === 'internal' || isBlank(x)) continue;
      if (Array.isArray(x)) {
        const itemKind: FieldKind =
          subKind.is === 'codes'
            ? { is: 'code', vocabulary: subKind.vocabulary }
            : subKind.is === 'refs'
              ? { is: 'ref', type: subKind.type, by: subKind.by }
              : subKind;
        for (const item of x) fields.push({ field: sub, value: flatValue(entityType, itemKind, item, lookup) });
      } else fields.push({ field: sub, value: flatValue(entityType, subKind, x, lookup) });
    }
    return fields.length ? { type: 'fields', fields } : EMPTY;
  }
  return flatValue(entityType, kind, v, lookup);
}

/** A single value; anything still nested is told in words, never as JSON. */
export function flatValue(entityType: string, kind: FieldKind, v: unknown, lookup: HistoryLookup): HistoryFlatValue {
  if (isBlank(v)) return { type: 'empty' };
  if (isErased(v)) return { type: 'erased' };
  if (Array.isArray(v)) {
    const parts = v.map((x) => describe(flatValue(entityType, kind, x, lookup))).filter(Boolean);
    return parts.length ? { type: 'text', text: parts.join(', ') } : { type: 'empty' };
  }
  // A reference kept with its facts ({ id, key, name, country }): named like any other reference.
  if (isPlainObject(v) && (kind.is === 'ref' || kind.is === 'refs') && (typeof v.id === 'string' || typeof v.key === 'string')) {
    const found = typeof v.id === 'string' ? lookup.record(kind.type, 'id', v.id) : lookup.record(kind.type, kind.by ?? 'key', String(v.key));
    const name = found.name ?? (found.visible && typeof v.name === 'string' ? v.name : null);
    return { type: 'record', entityType: kind.type, name, visible: found.visible };
  }
  if (isPlainObject(v)) {
    const localised = byLanguage(v);
    if (isLocalised(v)) return { type: 'text', text: [...localised.values()].join(' / ') };
    const parts = Object.entries(v)
      .filter(([sub, x]) => !isBlank(x) && (fieldKind(entityType, sub) ?? inferKind(x)).is !== 'internal')
      .map(([sub, x]) => describe(flatValue(entityType, fieldKind(entityType, sub) ?? inferKind(x), x, lookup)));
    return parts.length ? { type: 'text', text: parts.join(', ') } : { type: 'empty' };
  }
  if (typeof v === 'boolean') return { type: 'boolean', value: v };
  if (typeof v === 'number') return { type: 'number', value: v, unit: kind.is === 'number' ? (kind.unit ?? null) : null };
  const s = String(v);
  switch (kind.is) {
    case 'code':
    case 'codes': {
      const vocabulary = kind.vocabulary;
      return { type: 'code', vocabulary, code: s, labels: lookup.labels(vocabulary, s) };
    }
    case 'ref':
    case 'refs': {
      const found = lookup.record(kind.type, kind.by ?? 'id', s);
      return { type: 'record', entityType: kind.type, name: found.name, visible: found.visible };
    }
    case 'number': {
      const n = Number(s);
      return Number.isFinite(n) ? { type: 'number', value: n, unit: kind.unit ?? null } : { type: 'text', text: s };
    }
    case 'date':
      return { type: 'date', value: s, withTime: !!kind.withTime && s.includes('T') };
    default:
      if (isUuid(s)) return { type: 'record', entityType: 'unknown', name: null, visible: true };
      if (ISO_DATE.test(s)) return { type: 'date', value: s, withTime: s.includes('T') };
      return { type: 'text', text: s };
  }
}

/** A short plain-text form of a flat value, for values nested inside a small record. */
function describe(v: HistoryFlatValue): string {
  switch (v.type) {
    case 'text':
      return v.text;
    case 'number':
      return String(v.value);
    case 'code':
      return v.labels?.en ?? v.code;
    case 'record':
      return v.name ?? '';
    case 'date':
      return v.value.slice(0, 10);
    default:
      return '';
  }
}

/** How to show a field nobody has described: by the shape of its value. */
function inferKind(v: unknown): FieldKind {
  if (typeof v === 'number') return { is: 'number' };
  if (typeof v === 'boolean') return { is: 'boolean' };
  if (typeof v === 'string' && ISO_DATE.test(v)) return { is: 'date', withTime: v.includes('T') };
  if (typeof v === 'string' && v.length > 80) return { is: 'long-text' };
  if (Array.isArray(v)) return { is: 'items' };
  if (isPlainObject(v)) return { is: 'object' };
  return { is: 'text' };
}
