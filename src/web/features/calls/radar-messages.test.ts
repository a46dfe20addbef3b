import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import de from '../../locales/de/calls.json' with { type: 'json' };
import en from '../../locales/en/calls.json' with { type: 'json' };
import { formatRelativeDays } from '../../lib/date-format.ts';
import { eligibilityText, reasonText, type MessageNames } from './radar-messages.ts';

const names: MessageNames = {
  concept: (k) => `<${k}>`,
  theme: (k) => `[${k}]`,
  country: (c) => (c === 'RO' ? 'Romania' : c),
  days: (n) => formatRelativeDays(n, 'de'),
};
const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({ lng: 'en', resources: { en: { translation: en }, de: { translation: de } }, interpolation: { escapeValue: false } });
});

describe('radar messages', () => {
  it('renders every reason with names in the reader’s language', () => {
    const t = i18n.getFixedT('en');
    expect(reasonText(t, { code: 'shared-concepts', params: { concepts: ['smart-city', 'open-data'] } }, names)).toBe('Shares: <smart-city>, <open-data>');
    expect(reasonText(t, { code: 'theme', params: { themes: ['sustainability'] } }, names)).toBe('Fits the theme: [sustainability]');
    expect(reasonText(t, { code: 'city-programme', params: { programme: 'HORIZON', key: 'horizon-cities-mission' } }, names)).toContain(
      'climate-neutral and smart cities',
    );
    expect(reasonText(i18n.getFixedT('de'), { code: 'deadline-soon', params: { days: 5 } }, names)).toBe('Frist in 5 Tagen');
  });

  it('renders eligibility hints with country names', () => {
    const t = i18n.getFixedT('en');
    expect(eligibilityText(t, { code: 'all-partners-eu', params: { countries: ['DE', 'RO'] } }, names)).toBe(
      'All partners are in EU member states (DE, Romania).',
    );
    expect(eligibilityText(t, { code: 'partner-outside-eu', params: { country: 'UA', programme: 'HORIZON' } }, names)).toContain(
      'associated country of HORIZON',
    );
    expect(eligibilityText(t, { code: 'town-twinning-countries', params: { needed: 2, eligible: 2 } }, names)).toContain('at least 2');
  });
});
