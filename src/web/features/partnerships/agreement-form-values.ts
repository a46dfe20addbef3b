import type { Agreement, CreateAgreementRequest } from '../../../features/agreements/agreements.schemas.ts';
import { agreementKinds, signingModes } from '../../../features/agreements/agreements.schemas.ts';

type AgreementKind = (typeof agreementKinds)[number];
type SigningMode = (typeof signingModes)[number];

let nextRowId = 0;
/** Repeatable rows need a stable React key that survives removing a row above them. */
const rowId = () => `row-${++nextRowId}`;

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
  version: number;
}

export const emptySignatory = (): SignatoryRow => ({ rowId: rowId(), personName: '', office: '', cityId: '' });
export const emptyFacilitator = (): FacilitatorRow => ({ rowId: rowId(), personName: '', office: '', organisation: '' });

export function agreementToForm(a: Agreement | null): AgreementFormValues {
  if (!a) {
    return { kind: 'letter-of-intent', title: '', signedOn: '', mode: '', place: '', summary: '', signatories: [], facilitators: [], version: 0 };
  }
  return {
    kind: a.kind,
    title: a.title,
    signedOn: a.signedOn ?? '',
    mode: a.mode ?? '',
    place: a.place ?? '',
    summary: a.summary ?? '',
    signatories: a.signatories.map((s) => ({ rowId: rowId(), personName: s.personName, office: s.office ?? '', cityId: s.cityId ?? '' })),
    facilitators: a.facilitators.map((f) => ({ rowId: rowId(), personName: f.personName, office: f.office ?? '', organisation: f.organisation ?? '' })),
    version: a.version,
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
