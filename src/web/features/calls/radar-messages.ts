import type { TFunction } from 'i18next';

export interface CodedMessage {
  code: string;
  params: Record<string, unknown>;
}

export interface MessageNames {
  concept(key: string): string;
  theme(key: string): string;
  country(code: string): string;
  /** A calendar-day count in words ("in 12 days", "tomorrow"). */
  days(count: number): string;
}

const list = (values: unknown, name: (v: string) => string) => (Array.isArray(values) ? values.map((v) => name(String(v))).join(', ') : '');

/** A radar reason in the reader's language: concept, theme and country keys become names. */
export function reasonText(t: TFunction, reason: CodedMessage, names: MessageNames): string {
  const p = reason.params;
  switch (reason.code) {
    case 'shared-concepts':
      return t('calls.radar.reasons.shared-concepts', { concepts: list(p.concepts, names.concept) });
    case 'theme':
      return t('calls.radar.reasons.theme', { themes: list(p.themes, names.theme) });
    case 'city-programme':
      return t('calls.radar.reasons.city-programme', { programme: t(`calls.cityProgramme.${String(p.key)}`, { defaultValue: String(p.programme) }) });
    case 'deadline-soon':
      return t('calls.radar.reasons.deadline-soon', { when: names.days(Number(p.days)) });
    default:
      return reason.code;
  }
}

/** An eligibility hint in the reader's language. */
export function eligibilityText(t: TFunction, hint: CodedMessage, names: MessageNames): string {
  const p = hint.params;
  switch (hint.code) {
    case 'all-partners-eu':
    case 'interreg-programme-area':
      return t(`calls.radar.eligibility.${hint.code}`, { countries: list(p.countries, names.country) });
    case 'partner-outside-eu':
      return t('calls.radar.eligibility.partner-outside-eu', { country: names.country(String(p.country)), programme: p.programme ?? '—' });
    case 'town-twinning-countries':
    case 'networks-of-towns-countries':
      return t(`calls.radar.eligibility.${hint.code}`, { needed: p.needed, eligible: p.eligible });
    default:
      return hint.code;
  }
}
