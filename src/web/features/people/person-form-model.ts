import type { CreatePersonRequest, Person } from '../../../features/people/people.schemas.ts';

export interface PersonFormValues {
  name: string;
  roleTitle: string;
  cityId: string;
  organisationId: string;
  email: string;
  phone: string;
  languages: string[];
  visibleToPartners: boolean;
  visibleToPublic: boolean;
}

export const emptyPersonForm = (cityId = '', organisationId = ''): PersonFormValues => ({
  name: '',
  roleTitle: '',
  cityId,
  organisationId,
  email: '',
  phone: '',
  languages: [],
  // Consent is never assumed: both start unticked.
  visibleToPartners: false,
  visibleToPublic: false,
});

export const personToForm = (p: Person): PersonFormValues => ({
  name: p.name,
  roleTitle: p.roleTitle ?? '',
  cityId: p.city.id,
  organisationId: p.organisation?.id ?? '',
  email: p.email ?? '',
  phone: p.phone ?? '',
  languages: p.languages,
  visibleToPartners: p.visibleToPartners,
  visibleToPublic: p.visibleToPublic,
});

const orNull = (value: string) => (value.trim() ? value.trim() : null);

export const formToPersonRequest = (v: PersonFormValues): CreatePersonRequest => ({
  name: v.name,
  roleTitle: orNull(v.roleTitle),
  cityId: v.cityId,
  organisationId: orNull(v.organisationId),
  email: orNull(v.email),
  phone: orNull(v.phone),
  languages: v.languages,
  visibleToPartners: v.visibleToPartners,
  visibleToPublic: v.visibleToPublic,
});
