import type { UiLocale } from '../../shared/locales.ts';

/**
 * The words printed on the signature sheet, in the four interface languages. The sheet is a
 * document the funder keeps, so it is worded on the server (not by the web app).
 */
export interface SignatureSheetTexts {
  title: string;
  date: string;
  place: string;
  online: string;
  day: string;
  number: string;
  name: string;
  organisation: string;
  city: string;
  country: string;
  signature: string;
  note: string;
  page: (page: number, pages: number) => string;
  none: string;
}

export const signatureSheetTexts: Record<UiLocale, SignatureSheetTexts> = {
  de: {
    title: 'Unterschriftenliste',
    date: 'Datum',
    place: 'Ort',
    online: 'Online',
    day: 'Tag',
    number: 'Nr.',
    name: 'Name',
    organisation: 'Organisation',
    city: 'Stadt',
    country: 'Land',
    signature: 'Unterschrift',
    note: 'Teilnehmerliste als Nachweis für den Fördergeber. Mit meiner Unterschrift bestätige ich, dass ich an diesem Tag an der Veranstaltung teilgenommen habe.',
    page: (page, pages) => `Seite ${page} von ${pages}`,
    none: 'Keine angemeldeten Teilnehmenden.',
  },
  ro: {
    title: 'Listă de semnături',
    date: 'Data',
    place: 'Locul',
    online: 'Online',
    day: 'Ziua',
    number: 'Nr.',
    name: 'Nume',
    organisation: 'Organizație',
    city: 'Oraș',
    country: 'Țara',
    signature: 'Semnătură',
    note: 'Listă de prezență pentru finanțator. Prin semnătura mea confirm că am participat la această activitate în ziua indicată.',
    page: (page, pages) => `Pagina ${page} din ${pages}`,
    none: 'Niciun participant înscris.',
  },
  en: {
    title: 'Signature sheet',
    date: 'Date',
    place: 'Place',
    online: 'Online',
    day: 'Day',
    number: 'No.',
    name: 'Name',
    organisation: 'Organisation',
    city: 'City',
    country: 'Country',
    signature: 'Signature',
    note: 'List of participants as evidence for the funder. With my signature I confirm that I took part in this activity on the day stated.',
    page: (page, pages) => `Page ${page} of ${pages}`,
    none: 'No registered participants.',
  },
  hu: {
    title: 'Jelenléti ív',
    date: 'Dátum',
    place: 'Helyszín',
    online: 'Online',
    day: 'Nap',
    number: 'Sz.',
    name: 'Név',
    organisation: 'Szervezet',
    city: 'Település',
    country: 'Ország',
    signature: 'Aláírás',
    note: 'Résztvevők listája a támogató számára. Aláírásommal igazolom, hogy a megjelölt napon részt vettem a rendezvényen.',
    page: (page, pages) => `${page}. oldal / ${pages}`,
    none: 'Nincs regisztrált résztvevő.',
  },
};
