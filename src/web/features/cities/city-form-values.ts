import type { City, UpdateCityRequest } from '../../../features/cities/cities.schemas.ts';
import { newRowId } from '../../lib/form-rows.ts';

export interface AliasRow {
  rowId: string;
  name: string;
  lang: string;
}

export interface CityFormValues {
  name: string;
  country: string;
  latitude: number | string;
  longitude: number | string;
  population: number | string;
  timeZone: string;
  office: { name: string; address: string; email: string; phone: string };
  aliases: AliasRow[];
}

export const emptyAlias = (): AliasRow => ({ rowId: newRowId(), name: '', lang: '' });

export function cityToForm(c: City): CityFormValues {
  return {
    name: c.name,
    country: c.country,
    latitude: c.latitude ?? '',
    longitude: c.longitude ?? '',
    population: c.population ?? '',
    timeZone: c.timeZone ?? '',
    office: { name: c.office.name ?? '', address: c.office.address ?? '', email: c.office.email ?? '', phone: c.office.phone ?? '' },
    aliases: c.aliases.map((a) => ({ ...emptyAlias(), name: a.name, lang: a.lang ?? '' })),
  };
}

const num = (v: number | string) => (v === '' ? null : Number(v));
const text = (v: string) => (v.trim() ? v.trim() : null);

export function cityFormToRequest(v: CityFormValues, version: number): UpdateCityRequest {
  return {
    version,
    name: v.name,
    country: v.country.trim().toUpperCase(),
    latitude: num(v.latitude),
    longitude: num(v.longitude),
    population: num(v.population),
    timeZone: text(v.timeZone),
    office: { name: text(v.office.name), address: text(v.office.address), email: text(v.office.email), phone: text(v.office.phone) },
    aliases: v.aliases.map((a) => ({ name: a.name, lang: text(a.lang)?.toLowerCase() ?? null })),
  };
}
