import type { Agreement, CreateAgreementRequest } from '../../../features/agreements/agreements.schemas.ts';
import { agreementKinds, signingModes } from '../../../features/agreements/agreements.schemas.ts';
import { newRowId } from '../../lib/form-rows.ts';

type AgreementKind = (typeof agreementKinds)[number];
type SigningMode = (typeof signingModes)[number];

export interface SignatoryRow {
  rowId: string;
  personName: string;
  office: string;
  cityId: string;
}
export interface FacilitatorRow {
  rowId: string;
  personName: string;
  office: string;
  organisation: string;
}

export interface AgreementFormValues {
  kind: AgreementKind;
  title: string;
  signedOn: string;
  mode: SigningMode | '';
  place: string;
  summary: string;
  signatories: SignatoryRow[];
  facilitators: FacilitatorRow[];
}

export const emptySignatory = (): SignatoryRow => ({ rowId: newRowId(), personName: '', office: '', cityId: '' });
export const emptyFacilitator = (): FacilitatorRow => ({ rowId: newRowId(), personName: '', office: '', organisation: '' });

export function agreementToForm(a: Agreement | null): AgreementFormValues {
  if (!a) {
    return { kind: 'letter-of-intent', title: '', signedOn: '', mode: '', place: '', summary: '', signatories: [], facilitators: [] };
  }
  return {
    kind: a.kind,
    title: a.title,
    signedOn: a.signedOn ?? '',
    mode: a.mode ?? '',
    place: a.place ?? '',
    summary: a.summary ?? '',
    signatories: a.signatories.map((s) => ({ rowId: newRowId(), personName: s.personName, office: s.office ?? '', cityId: s.cityId ?? '' })),
    facilitators: a.facilitators.map((f) => ({ rowId: newRowId(), personName: f.personName, office: f.office ?? '', organisation: f.organisation ?? '' })),
  };
}

const orNull = (s: string) => (s.trim() ? s : null);

export function agreementFormToRequest(v: AgreementFormValues): CreateAgreementRequest {
  return {
    kind: v.kind,
    title: v.title,
    signedOn: v.signedOn || null,
    mode: v.mode || null,
    place: orNull(v.place),
    summary: orNull(v.summary),
    signatories: v.signatories.map((s) => ({ personName: s.personName, office: orNull(s.office), cityId: s.cityId || null })),
    facilitators: v.facilitators.map((f) => ({ personName: f.personName, office: orNull(f.office), organisation: orNull(f.organisation) })),
  };
}
