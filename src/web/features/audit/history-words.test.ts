import fs from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../features/audit/audit.schemas.ts';
import { namedFields, vocabularies } from '../../../features/audit/history-fields.ts';
import { uiLocales } from '../../../shared/locales.ts';
import { authorName, changeLabel, entrySentence, fieldName, valueText } from './history-words.ts';
import { namedElsewhere, vocabularyKeys } from './vocabularies.ts';

const localesDir = path.resolve(import.meta.dirname, '../../locales');
const i18n = i18next.createInstance();

beforeAll(async () => {
  const resources: Record<string, { translation: Record<string, unknown> }> = {};
  for (const lng of uiLocales) {
    resources[lng] = { translation: {} };
    for (const file of fs.readdirSync(path.join(localesDir, lng)).filter((f) => f.endsWith('.json'))) {
      Object.assign(resources[lng].translation, JSON.parse(fs.readFileSync(path.join(localesDir, lng, file), 'utf8')));
    }
  }
  await i18n.init({ lng: 'en', resources, interpolation: { escapeValue: false } });
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const theme = (code: string, en: string, de: string) => ({
  type: 'code' as const,
  vocabulary: 'theme',
  code,
  labels: { en, de, ro: `${en} (ro)`, hu: `${en} (hu)` },
});

const edit: HistoryEntry = {
  at: '2026-03-01T10:00:00Z',
  actor: { id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', label: 'Anna Weber', source: 'user', detail: null },
  action: 'update',
  before: null,
  after: null,
  changes: [
    {
      field: 'description',
      subfield: null,
      language: 'de',
      kind: 'text',
      before: { type: 'text', text: 'Alt.' },
      after: { type: 'text', text: 'Neu.' },
      added: [],
      removed: [],
    },
    {
      field: 'kind',
      subfield: null,
      language: null,
      kind: 'value',
      before: { type: 'code', vocabulary: 'organisation-kind', code: 'ngo', labels: null },
      after: { type: 'code', vocabulary: 'organisation-kind', code: 'cluster', labels: null },
      added: [],
      removed: [],
    },
    {
      field: 'themes',
      subfield: null,
      language: null,
      kind: 'list',
      before: { type: 'empty' },
      after: { type: 'empty' },
      added: [theme('mobility', 'Mobility', 'Mobilität'), theme('culture', 'Culture', 'Kultur')],
      removed: [],
    },
    {
      field: 'organisationId',
      subfield: null,
      language: null,
      kind: 'value',
      before: { type: 'record', entityType: 'organisation', name: null, visible: false },
      after: { type: 'empty' },
      added: [],
      removed: [],
    },
  ],
};

describe('history in words', () => {
  it('names every field the history may show, in all four languages', () => {
    for (const lng of uiLocales) {
      const missing = namedFields().filter((field) => !i18n.exists(`history.fields.${field}`, { lng }));
      expect(missing, `fields without a name in ${lng}`).toEqual([]);
    }
  });

  it('names the codes of every vocabulary the history uses', () => {
    for (const vocabulary of vocabularies()) {
      if (namedElsewhere.includes(vocabulary)) continue;
      expect(vocabularyKeys[vocabulary], vocabulary).toBeDefined();
      for (const lng of uiLocales) expect(i18n.exists(vocabularyKeys[vocabulary], { lng, returnObjects: true }), `${vocabulary} in ${lng}`).toBe(true);
    }
  });

  it('reads an edit as a sentence in each language, without JSON or ids', () => {
    const sentences = Object.fromEntries(uiLocales.map((lng) => [lng, entrySentence(i18n.getFixedT(lng), lng, edit)]));
    expect(sentences.en).toBe('Changed by Anna Weber: Description (German), Kind, Themes and Organisation. Themes: 2 added.');
    expect(sentences.de).toBe('Geändert von Anna Weber: Beschreibung (Deutsch), Art, Themen und Organisation. Themen: 2 hinzugefügt.');
    for (const [lng, s] of Object.entries(sentences)) {
      expect(s, lng).not.toMatch(/[{}"]|null|undefined/);
      expect(s, lng).toContain('Anna Weber');
    }
  });

  it('renders values by type: codes, records the reader may not see, small records, unknown fields', () => {
    const t = i18n.getFixedT('de');
    expect(valueText(t, 'de', edit.changes[1].after)).toBe(i18n.t('organisations.kinds.cluster', { lng: 'de' }));
    expect(valueText(t, 'de', edit.changes[2].added[0])).toBe('Mobilität');
    expect(valueText(t, 'de', edit.changes[3].before)).toBe('ein Datensatz, den Sie nicht sehen können');
    expect(valueText(t, 'en', { type: 'code', vocabulary: 'language', code: 'ro', labels: null })).toBe('Romanian');
    expect(valueText(t, 'de', { type: 'boolean', value: true })).toBe(i18n.t('common.yes', { lng: 'de' }));
    expect(valueText(t, 'de', { type: 'date', value: '2020-07-31', withTime: false })).toBe('31. Juli 2020');
    expect(valueText(t, 'de', { type: 'code', vocabulary: 'brand-new', code: 'education-research', labels: null })).toBe('Education research');
    const offer = {
      type: 'fields' as const,
      fields: [
        { field: 'title', value: { type: 'text' as const, text: 'Pilot' } },
        { field: 'themes', value: theme('mobility', 'Mobility', 'Mobilität') },
        { field: 'themes', value: theme('culture', 'Culture', 'Kultur') },
      ],
    };
    expect(valueText(t, 'de', offer)).toBe('Titel: Pilot; Themen: Mobilität, Kultur');
    expect(fieldName(t, 'ownContributionShare')).toBe('Own contribution share');
    expect(changeLabel(t, 'de', { field: 'office', subfield: 'email', language: null })).toBe('Koordinierungsstelle: E-Mail');
    expect(valueText(t, 'de', offer)).not.toMatch(UUID);
  });

  it('names the author by source in each language', () => {
    const t = i18n.getFixedT('de');
    expect(authorName(t, { id: null, label: 'pontis serve', source: 'demo', detail: null })).toBe('Demodaten');
    expect(authorName(t, { id: null, label: 'cli: pontis import', source: 'import', detail: 'partner.json' })).toBe('Import aus der Datei partner.json');
    expect(authorName(t, { id: 'e3b0c442-98fc-4c14-9afb-f4c8996fb924', label: 'Ana Pop', source: 'import', detail: 'orgs.csv' })).toBe(
      'Ana Pop (Import aus der Datei orgs.csv)',
    );
    expect(authorName(t, { id: null, label: 'cli: pontis user create', source: 'command-line', detail: 'pontis user create' })).toBe('Kommandozeile');
    expect(authorName(t, { id: null, label: 'password reset', source: 'system', detail: null })).toBe('System');
    expect(authorName(i18n.getFixedT('ro'), { id: null, label: 'erased user', source: 'user', detail: null })).toBe(
      i18n.t('history.erasedActor', { lng: 'ro' }),
    );
    for (const lng of uiLocales) {
      expect(
        entrySentence(i18n.getFixedT(lng), lng, { action: 'create', actor: { id: null, label: 'pontis serve', source: 'demo', detail: null }, changes: [] }),
      ).toContain(i18n.t('history.source.demo', { lng }));
    }
  });
});
