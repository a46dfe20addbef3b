import type { ProgrammeMeasure, ProgrammeSummary } from '../../../features/action-programmes/action-programmes.schemas.ts';
import { formatDay, intlLocale } from '../../lib/date-format.ts';

/** A period "1 January 2021 – 31 December 2024"; one end alone when the other is open. */
export function formatPeriod(startsOn: string | null, endsOn: string | null, lang: string): string {
  if (!startsOn && !endsOn) return '';
  return `${startsOn ? formatDay(startsOn, lang) : '…'} – ${endsOn ? formatDay(endsOn, lang) : '…'}`;
}

/** "2021–2024": a programme's period in years, as councils name it. */
export function periodYears(startsOn: string, endsOn: string): string {
  const [from, to] = [startsOn.slice(0, 4), endsOn.slice(0, 4)];
  return from === to ? from : `${from}–${to}`;
}

export const formatEuro = (amount: number, lang: string) =>
  new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(amount);

export const formatFigure = (n: number | null, unit: string, lang: string) =>
  n === null ? '–' : `${new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 2 }).format(n)}${unit ? ` ${unit}` : ''}`;

/** Responsibles as "Dortmund: Wirtschaftsförderung; Cluj-Napoca: International Office". */
export const responsiblesText = (m: ProgrammeMeasure) => m.responsibles.map((r) => `${r.cityName}: ${r.organisation?.name ?? r.office ?? ''}`).join('; ');

/** The programme whose period includes today, else the next to come, else the latest. */
export function currentProgramme(items: ProgrammeSummary[], today: string): ProgrammeSummary | undefined {
  return (
    items.find((p) => p.startsOn <= today && today <= p.endsOn) ??
    [...items].filter((p) => p.startsOn > today).sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0] ??
    [...items].sort((a, b) => b.endsOn.localeCompare(a.endsOn))[0]
  );
}
