import type { CreatePartnershipRequest, Partnership, PartnershipKind, PartnershipStatus } from '../../../features/partnerships/partnerships.schemas.ts';
import { uiLocales, type LocalisedText, type UiLocale } from '../../../shared/locales.ts';

export interface PartnershipFormValues {
  key: string;
  name: string;
  kind: PartnershipKind;
  status: PartnershipStatus;
  since: string;
  descriptions: Record<UiLocale, string>;
  /** Descriptions in languages the form does not offer are kept as they are. */
  otherDescriptions: LocalisedText[];
  cities: string[];
  themes: string[];
}

const emptyDescriptions = (): Record<UiLocale, string> => ({ de: '', ro: '', en: '', hu: '' });

export function emptyPartnershipForm(cityIds: string[] = []): PartnershipFormValues {
  return {
    key: '',
    name: '',
    kind: 'project-partnership',
    status: 'proposed',
    since: '',
    descriptions: emptyDescriptions(),
    otherDescriptions: [],
    cities: cityIds,
    themes: [],
  };
}

export function partnershipToForm(p: Partnership): PartnershipFormValues {
  const descriptions = emptyDescriptions();
  const otherDescriptions: LocalisedText[] = [];
  for (const d of p.description) {
    const lang = d.lang as UiLocale | undefined;
    if (lang && uiLocales.includes(lang) && !descriptions[lang]) descriptions[lang] = d.text;
    else otherDescriptions.push(d);
  }
  return {
    key: p.key,
    name: p.name,
    kind: p.kind,
    status: p.status,
    since: p.since ?? '',
    descriptions,
    otherDescriptions,
    cities: p.cities.map((c) => c.id),
    themes: p.themes,
  };
}

/** The languages that will be sent, in the order the API numbers them in field errors. */
export const filledLanguages = (v: PartnershipFormValues) => uiLocales.filter((l) => v.descriptions[l].trim());

export function formToRequest(v: PartnershipFormValues): Omit<CreatePartnershipRequest, 'key'> {
  return {
    name: v.name,
    kind: v.kind,
    status: v.status,
    since: v.since || null,
    description: [
      ...filledLanguages(v).map((lang) => ({ lang, text: v.descriptions[lang] })),
      ...v.otherDescriptions.map((d) => (d.lang ? { lang: d.lang, text: d.text } : { text: d.text })),
    ],
    cities: v.cities,
    themes: v.themes,
  };
}

/** A URL key from a name: "Dortmund – Cluj-Napoca" becomes "dortmund-cluj-napoca". */
export function keyFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}
