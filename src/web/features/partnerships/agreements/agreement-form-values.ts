import type { Agreement, CreateAgreementRequest } from '../../../../features/partnerships/agreements/agreements.schemas.ts';
import { agreementKinds, signingModes } from '../../../../features/partnerships/agreements/agreements.schemas.ts';
import type { UiLocale } from '../../../../shared/locales.ts';
import { newRowId } from '../../../lib/form-rows.ts';
import { emptyTexts, formToTexts, textsToForm, type TextsForm } from '../../../lib/localised-text-form.ts';

type AgreementKind = (typeof agreementKinds)[number];
type SigningMode = (typeof signingModes)[number];

export interface SignatoryRow {
  rowId: string;
  personName: string;
  office: TextsForm;
  cityId: string;
}
export interface FacilitatorRow {
  rowId: string;
  personName: string;
  office: TextsForm;
  organisation: string;
}

export interface AgreementFormValues {
  kind: AgreementKind;
  title: TextsForm;
  originalLang: UiLocale;
  signedOn: string;
  mode: SigningMode | '';
  place: string;
  summary: TextsForm;
  signatories: SignatoryRow[];
  facilitators: FacilitatorRow[];
}

export const emptySignatory = (): SignatoryRow => ({ rowId: newRowId(), personName: '', office: emptyTexts(), cityId: '' });
export const emptyFacilitator = (): FacilitatorRow => ({ rowId: newRowId(), personName: '', office: emptyTexts(), organisation: '' });

/** A new agreement is written in the reader's interface language unless they say otherwise. */
export function agreementToForm(a: Agreement | null, uiLang: UiLocale): AgreementFormValues {
  if (!a) {
    return {
      kind: 'letter-of-intent',
      title: emptyTexts(),
      originalLang: uiLang,
      signedOn: '',
      mode: '',
      place: '',
      summary: emptyTexts(),
      signatories: [],
      facilitators: [],
    };
  }
  return {
    kind: a.kind,
    title: textsToForm(a.title),
    originalLang: a.originalLang,
    signedOn: a.signedOn ?? '',
    mode: a.mode ?? '',
    place: a.place ?? '',
    summary: textsToForm(a.summary),
    signatories: a.signatories.map((s) => ({ rowId: newRowId(), personName: s.personName, office: textsToForm(s.office), cityId: s.cityId ?? '' })),
    facilitators: a.facilitators.map((f) => ({
      rowId: newRowId(),
      personName: f.personName,
      office: textsToForm(f.office),
      organisation: f.organisation ?? '',
    })),
  };
}

const orNull = (s: string) => (s.trim() ? s : null);

export function agreementFormToRequest(v: AgreementFormValues): CreateAgreementRequest {
  return {
    kind: v.kind,
    title: formToTexts(v.title),
    originalLang: v.originalLang,
    signedOn: v.signedOn || null,
    mode: v.mode || null,
    place: orNull(v.place),
    summary: formToTexts(v.summary),
    signatories: v.signatories.map((s) => ({ personName: s.personName, office: formToTexts(s.office), cityId: s.cityId || null })),
    facilitators: v.facilitators.map((f) => ({ personName: f.personName, office: formToTexts(f.office), organisation: orNull(f.organisation) })),
  };
}
