import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../features/tagging/detect-language.ts';
import { editItemRow } from './item-language.ts';
import { emptyItemRow, type ItemRow } from './organisation-form-model.ts';

const english = 'We offer sensor networks for the city and are looking for partners who run urban heat adaptation projects.';
const romanian = 'Oferim rețele de senzori pentru oraș și căutăm parteneri care lucrează la adaptarea la căldură.';

describe('editItemRow: the language of a new offer or request follows its text', () => {
  it('takes the language of English text in a row that started as German', () => {
    const row = emptyItemRow('de');
    expect(editItemRow(row, { text: english }, detectLanguage)).toEqual({ text: english, lang: 'en' });
  });

  it('reads the title and the text together', () => {
    const row: ItemRow = { ...emptyItemRow('en'), title: 'Rețele de senzori' };
    expect(editItemRow(row, { text: romanian }, detectLanguage).lang).toBe('ro');
  });

  it('keeps the language while the text is too short to tell', () => {
    expect(editItemRow(emptyItemRow('en'), { title: 'IoT' }, detectLanguage)).toEqual({ title: 'IoT' });
  });

  it('stops following the text once the editor chooses a language', () => {
    const chosen = editItemRow(emptyItemRow('en'), { lang: 'de' }, detectLanguage);
    expect(chosen).toEqual({ lang: 'de', langChosen: true });
    const row: ItemRow = { ...emptyItemRow('en'), ...chosen };
    expect(editItemRow(row, { text: english }, detectLanguage)).toEqual({ text: english });
  });

  it('leaves the language as it is while the detector loads', () => {
    expect(editItemRow(emptyItemRow('de'), { text: english }, null)).toEqual({ text: english });
  });

  it('leaves other fields alone', () => {
    expect(editItemRow(emptyItemRow('de'), { category: 'service' }, detectLanguage)).toEqual({ category: 'service' });
  });
});
