import type {
  CreateOrganisationRequest,
  Organisation,
  OrganisationItem,
  OrganisationItemInput,
  OrganisationKind,
} from '../../../features/organisations/organisations.schemas.ts';
import { newRowId } from '../../lib/form-rows.ts';

export interface DescriptionRow {
  rowId: string;
  lang: string;
  text: string;
}

export interface ItemRow {
  rowId: string;
  /** The stored item's id, so that an unchanged item keeps its review verdict. */
  id?: string;
  category: string;
  lang: string;
  /**
   * The editor chose the language (or it was stored): it no longer follows the text
   * (item-language.ts). False for a new row, whose language starts as a guess.
   */
  langChosen: boolean;
  title: string;
  text: string;
  themes: string[];
  validUntil: string;
  /** Taxonomy concepts the editor confirmed for this item. */
  concepts: string[];
  /** A private draft, not submitted for review. */
  draft: boolean;
  /** The review state and validity as stored (read-only; absent for a new row). */
  stored?: Pick<OrganisationItem, 'status' | 'reviewComment' | 'expired' | 'validUntil'>;
}

export interface OrganisationFormValues {
  key: string;
  name: string;
  kind: OrganisationKind | '';
  cityId: string;
  website: string;
  languages: string[];
  description: DescriptionRow[];
  themes: string[];
  offers: ItemRow[];
  requests: ItemRow[];
  /** Taxonomy concepts the editor confirmed for the organisation. */
  concepts: string[];
}

export const emptyDescriptionRow = (lang = ''): DescriptionRow => ({ rowId: newRowId(), lang, text: '' });

export const emptyItemRow = (lang = ''): ItemRow => ({
  rowId: newRowId(),
  category: '',
  lang,
  langChosen: false,
  title: '',
  text: '',
  themes: [],
  validUntil: '',
  concepts: [],
  draft: false,
});

export function emptyOrganisationForm(cityId: string, lang: string): OrganisationFormValues {
  return {
    key: '',
    name: '',
    kind: '',
    cityId,
    website: '',
    languages: [],
    description: [emptyDescriptionRow(lang)],
    themes: [],
    offers: [],
    requests: [],
    concepts: [],
  };
}

const itemToRow = (item: OrganisationItem): ItemRow => ({
  rowId: newRowId(),
  id: item.id,
  category: item.category ?? '',
  lang: item.lang ?? '',
  // A stored item without a language may still get one from its text.
  langChosen: Boolean(item.lang),
  title: item.title ?? '',
  text: item.text,
  themes: item.themes,
  validUntil: item.validUntil ?? '',
  concepts: item.concepts,
  draft: item.status === 'draft',
  stored: { status: item.status, reviewComment: item.reviewComment, expired: item.expired, validUntil: item.validUntil },
});

export function organisationToForm(org: Organisation): OrganisationFormValues {
  return {
    key: org.key,
    name: org.name,
    kind: org.kind as OrganisationKind,
    cityId: org.city.id,
    website: org.website ?? '',
    languages: org.languages,
    description: org.description.map((d) => ({ rowId: newRowId(), lang: d.lang ?? '', text: d.text })),
    themes: org.themes,
    offers: org.offers.map(itemToRow),
    requests: org.requests.map(itemToRow),
    concepts: org.concepts,
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

const rowToItem = (row: ItemRow): OrganisationItemInput => ({
  ...(row.id ? { id: row.id } : {}),
  category: (orNull(row.category) as OrganisationItemInput['category']) ?? null,
  lang: orNull(row.lang),
  title: orNull(row.title),
  text: row.text,
  themes: row.themes,
  validUntil: orNull(row.validUntil),
  concepts: row.concepts,
  draft: row.draft,
});

/**
 * The request body. Rows are sent even when incomplete, so that the API's field paths
 * (offers.2.text) point at the row the editor sees.
 */
export function formToRequest(values: OrganisationFormValues): Omit<CreateOrganisationRequest, 'key'> {
  return {
    name: values.name,
    kind: values.kind as OrganisationKind,
    cityId: values.cityId,
    website: orNull(values.website),
    languages: values.languages,
    description: values.description.map((d) => ({ lang: orNull(d.lang), text: d.text })),
    themes: values.themes,
    offers: values.offers.map(rowToItem),
    requests: values.requests.map(rowToItem),
    concepts: values.concepts,
  };
}

/** The organisation as stored, with one item's draft flag changed: the body of "submit for review". */
export function requestWithDraft(org: Organisation, itemId: string, draft: boolean) {
  const values = organisationToForm(org);
  const flip = (rows: ItemRow[]) => rows.map((r) => (r.id === itemId ? { ...r, draft } : r));
  return { version: org.version, ...formToRequest({ ...values, offers: flip(values.offers), requests: flip(values.requests) }) };
}
