import type { Programme } from '../../../features/action-programmes/action-programmes.schemas.ts';
import type { UiLocale } from '../../../shared/locales.ts';
import { emptyTexts, formToTexts, textsToForm, type TextsForm } from '../../lib/localised-text-form.ts';

export interface ProgrammeFormValues {
  title: TextsForm;
  summary: TextsForm;
  originalLang: UiLocale;
  startsOn: string;
  endsOn: string;
  /** Only when creating: one field of action per focus theme of the partnership. */
  withFocusThemes: boolean;
}

/** A new programme runs four years from next January unless said otherwise, as most do. */
export function programmeToForm(p: Programme | null, uiLang: UiLocale, today = new Date()): ProgrammeFormValues {
  if (!p) {
    const year = today.getFullYear() + 1;
    return { title: emptyTexts(), summary: emptyTexts(), originalLang: uiLang, startsOn: `${year}-01-01`, endsOn: `${year + 3}-12-31`, withFocusThemes: true };
  }
  return {
    title: textsToForm(p.title),
    summary: textsToForm(p.summary),
    originalLang: p.originalLang,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    withFocusThemes: false,
  };
}

export const programmeFormToRequest = (v: ProgrammeFormValues) => ({
  title: formToTexts(v.title),
  summary: formToTexts(v.summary),
  originalLang: v.originalLang,
  startsOn: v.startsOn,
  endsOn: v.endsOn,
});
