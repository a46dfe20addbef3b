import { itemCategories, organisationKinds } from '../organisations/organisations.schemas.ts';
import { formatCalendarDate } from '../../shared/date-style.ts';
import { getTaxonomy } from '../taxonomy/index.ts';
import { themeCatalogue } from '../themes/index.ts';
import type { UiLocale } from '../../shared/locales.ts';
import type { MatchReason, MatchReasonCode } from './match-reason.ts';

/**
 * Reasons in the reader's language. Templates take {placeholders}; concepts are named with the
 * taxonomy's labels, themes with the catalogue's, languages and dates through Intl (no table to
 * keep). Kinds and categories mirror the web app's organisations locale.
 */
type Messages = Record<MatchReasonCode, string> & { sdg: string };

export const matchMessages: Record<UiLocale, Messages> = {
  en: {
    'they-offer-what-you-seek': 'They offer what you are looking for: {what}',
    'they-seek-what-you-offer': 'They are looking for what you offer: {what}',
    'shared-words': 'Your texts share the words {words}',
    'seek-the-same': 'They are looking for the same as you ({what}): a peer for a joint application, not a provider',
    'shared-concepts': 'Both work on {concepts}{sdgs}',
    'complementary-kinds': '{kind} and {otherKind} complement each other',
    'peer-kinds': 'Peers of the same kind ({kind})',
    'common-language': 'Both work in {langs}',
    'partnership-focus': 'A focus theme of your partnership: {themes}',
    'recently-active': 'Profile updated recently ({date})',
    sdg: 'SDG',
  },
  de: {
    'they-offer-what-you-seek': 'Bietet, was Sie suchen: {what}',
    'they-seek-what-you-offer': 'Sucht, was Sie anbieten: {what}',
    'shared-words': 'Ihre Texte teilen die Wörter {words}',
    'seek-the-same': 'Sucht dasselbe wie Sie ({what}): ein Partner für einen gemeinsamen Antrag, kein Anbieter',
    'shared-concepts': 'Beide arbeiten an {concepts}{sdgs}',
    'complementary-kinds': '{kind} und {otherKind} ergänzen einander',
    'peer-kinds': 'Partner gleicher Art ({kind})',
    'common-language': 'Beide arbeiten auf {langs}',
    'partnership-focus': 'Schwerpunktthema Ihrer Partnerschaft: {themes}',
    'recently-active': 'Profil kürzlich aktualisiert ({date})',
    sdg: 'SDG',
  },
  ro: {
    'they-offer-what-you-seek': 'Oferă ceea ce căutați: {what}',
    'they-seek-what-you-offer': 'Caută ceea ce oferiți: {what}',
    'shared-words': 'Textele voastre au în comun cuvintele {words}',
    'seek-the-same': 'Caută același lucru ca dumneavoastră ({what}): un partener pentru o aplicație comună, nu un furnizor',
    'shared-concepts': 'Ambele lucrează în domeniul {concepts}{sdgs}',
    'complementary-kinds': '{kind} și {otherKind} se completează reciproc',
    'peer-kinds': 'Parteneri de același tip ({kind})',
    'common-language': 'Ambele lucrează în {langs}',
    'partnership-focus': 'Temă prioritară a parteneriatului: {themes}',
    'recently-active': 'Profil actualizat recent ({date})',
    sdg: 'ODD',
  },
  hu: {
    'they-offer-what-you-seek': 'Azt kínálják, amit Önök keresnek: {what}',
    'they-seek-what-you-offer': 'Azt keresik, amit Önök kínálnak: {what}',
    'shared-words': 'Szövegeikben közösek a következő szavak: {words}',
    'seek-the-same': 'Ugyanazt keresik, mint Önök ({what}): társ egy közös pályázathoz, nem szolgáltató',
    'shared-concepts': 'Mindkettő ezen dolgozik: {concepts}{sdgs}',
    'complementary-kinds': '{kind} és {otherKind}: kiegészítik egymást',
    'peer-kinds': 'Azonos típusú partnerek ({kind})',
    'common-language': 'Mindkettő ezen a nyelven dolgozik: {langs}',
    'partnership-focus': 'A partnerség kiemelt témája: {themes}',
    'recently-active': 'Nemrég frissített profil ({date})',
    sdg: 'FFC',
  },
};

type Labels = Record<UiLocale, string>;
const kindLabels: Record<string, Labels> = {
  university: { de: 'Hochschule', ro: 'Universitate', en: 'University', hu: 'Egyetem' },
  'research-institute': { de: 'Forschungsinstitut', ro: 'Institut de cercetare', en: 'Research institute', hu: 'Kutatóintézet' },
  company: { de: 'Unternehmen', ro: 'Companie', en: 'Company', hu: 'Vállalat' },
  startup: { de: 'Start-up', ro: 'Start-up', en: 'Start-up', hu: 'Startup' },
  'public-administration': { de: 'Öffentliche Verwaltung', ro: 'Administrație publică', en: 'Public administration', hu: 'Közigazgatás' },
  'public-company': { de: 'Öffentliches Unternehmen', ro: 'Companie publică', en: 'Public company', hu: 'Közvállalat' },
  ngo: { de: 'Gemeinnützige Organisation', ro: 'Organizație non-profit', en: 'Non-profit organisation', hu: 'Nonprofit szervezet' },
  cluster: { de: 'Cluster oder Netzwerk', ro: 'Cluster sau rețea', en: 'Cluster or network', hu: 'Klaszter vagy hálózat' },
  school: { de: 'Schule', ro: 'Școală', en: 'School', hu: 'Iskola' },
  cultural: { de: 'Kultureinrichtung', ro: 'Instituție culturală', en: 'Cultural institution', hu: 'Kulturális intézmény' },
  other: { de: 'Sonstige', ro: 'Altele', en: 'Other', hu: 'Egyéb' },
};
const categoryLabels: Record<string, Labels> = {
  expertise: { de: 'Fachwissen', ro: 'Expertiză', en: 'Expertise', hu: 'Szakértelem' },
  technology: { de: 'Technologie', ro: 'Tehnologie', en: 'Technology', hu: 'Technológia' },
  research: { de: 'Forschung', ro: 'Cercetare', en: 'Research', hu: 'Kutatás' },
  'pilot-site': { de: 'Pilotstandort', ro: 'Locație pilot', en: 'Pilot site', hu: 'Kísérleti helyszín' },
  'funding-partner': { de: 'Förderpartner', ro: 'Partener de finanțare', en: 'Funding partner', hu: 'Finanszírozó partner' },
  investment: { de: 'Investition', ro: 'Investiție', en: 'Investment', hu: 'Befektetés' },
  'market-access': { de: 'Marktzugang', ro: 'Acces pe piață', en: 'Market access', hu: 'Piacra jutás' },
  talent: { de: 'Fachkräfte und Talente', ro: 'Talente și competențe', en: 'Talent and skills', hu: 'Tehetségek és készségek' },
  infrastructure: { de: 'Infrastruktur', ro: 'Infrastructură', en: 'Infrastructure', hu: 'Infrastruktúra' },
  'knowledge-exchange': { de: 'Wissensaustausch', ro: 'Schimb de cunoștințe', en: 'Knowledge exchange', hu: 'Tudáscsere' },
  other: { de: 'Sonstiges', ro: 'Altele', en: 'Other', hu: 'Egyéb' },
};
// Kept in step with the organisation schemas: a new kind or category must get labels here.
for (const k of organisationKinds) if (!kindLabels[k]) throw new Error(`match-messages: no labels for kind ${k}`);
for (const c of itemCategories) if (!categoryLabels[c]) throw new Error(`match-messages: no labels for category ${c}`);

const themeLabels = new Map(themeCatalogue.map((t) => [t.key, t.labels]));

export const kindLabel = (kind: string, lang: UiLocale) => kindLabels[kind]?.[lang] ?? kind;
export const categoryLabel = (category: string, lang: UiLocale) => categoryLabels[category]?.[lang] ?? category;
export const conceptLabel = (key: string, lang: UiLocale) => getTaxonomy().label(key, lang) ?? key;
const themeLabel = (key: string, lang: UiLocale) => themeLabels.get(key)?.[lang] ?? key;

function list(values: string[], lang: UiLocale): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(values);
}

const quoted = (words: string[], lang: UiLocale) =>
  list(
    words.map((w) => `“${w}”`),
    lang,
  );

function languageName(code: string, lang: UiLocale): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
}

/** One reason as a sentence in the reader's language. */
export function renderReason(reason: MatchReason, lang: UiLocale): string {
  const m = matchMessages[lang];
  switch (reason.code) {
    case 'they-offer-what-you-seek':
    case 'they-seek-what-you-offer': {
      const { concepts, words, category, theirTitle } = reason.params;
      const parts = concepts.length
        ? list(
            concepts.map((c) => conceptLabel(c, lang)),
            lang,
          )
        : words?.length
          ? `“${theirTitle}” (${quoted(words, lang)})`
          : `“${theirTitle}”`;
      const what = category ? `${categoryLabel(category, lang)} – ${parts}` : parts;
      return fill(m[reason.code], { what });
    }
    case 'shared-concepts': {
      const { concepts, sdgs } = reason.params;
      return fill(m['shared-concepts'], {
        concepts: list(
          concepts.map((c) => conceptLabel(c, lang)),
          lang,
        ),
        sdgs: sdgs.length ? ` (${m.sdg} ${sdgs.join(', ')})` : '',
      });
    }
    case 'shared-words':
      return fill(m['shared-words'], { words: quoted(reason.params.words, lang) });
    case 'seek-the-same': {
      const { concepts, words } = reason.params;
      const what = concepts.length
        ? list(
            concepts.map((c) => conceptLabel(c, lang)),
            lang,
          )
        : quoted(words, lang);
      return fill(m['seek-the-same'], { what });
    }
    case 'complementary-kinds':
      return fill(m['complementary-kinds'], { kind: kindLabel(reason.params.kind, lang), otherKind: kindLabel(reason.params.otherKind, lang) });
    case 'peer-kinds':
      return fill(m['peer-kinds'], { kind: kindLabel(reason.params.kind, lang) });
    case 'common-language':
      return fill(m['common-language'], {
        langs: list(
          reason.params.langs.map((l) => languageName(l, lang)),
          lang,
        ),
      });
    case 'partnership-focus':
      return fill(m['partnership-focus'], {
        themes: list(
          reason.params.themes.map((t) => themeLabel(t, lang)),
          lang,
        ),
      });
    case 'recently-active':
      return fill(m['recently-active'], {
        date: formatCalendarDate(reason.params.updatedOn, lang),
      });
  }
}
