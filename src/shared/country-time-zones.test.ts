import { describe, expect, it } from 'vitest';
import { capitalTimeZone } from './country-time-zones.ts';

describe("a city's time zone from its country", () => {
  it('knows the partner cities’ countries and leaves multi-zone countries alone', () => {
    expect(capitalTimeZone('DE')).toBe('Europe/Berlin');
    expect(capitalTimeZone('ro')).toBe('Europe/Bucharest');
    expect(capitalTimeZone('US')).toBeNull();
  });

  it('names only zones the platform knows', () => {
    for (const country of [
      'AD',
      'AL',
      'AM',
      'AT',
      'AZ',
      'BA',
      'BE',
      'BG',
      'CH',
      'CY',
      'CZ',
      'DE',
      'DK',
      'EE',
      'ES',
      'FI',
      'FR',
      'GB',
      'GE',
      'GR',
      'HR',
      'HU',
      'IE',
      'IL',
      'IS',
      'IT',
      'LI',
      'LT',
      'LU',
      'LV',
      'MC',
      'MD',
      'ME',
      'MK',
      'MT',
      'NL',
      'NO',
      'PL',
      'PT',
      'RO',
      'RS',
      'SE',
      'SI',
      'SK',
      'SM',
      'TR',
      'UA',
      'XK',
    ]) {
      const zone = capitalTimeZone(country)!;
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone }), `${country}: ${zone}`).not.toThrow();
    }
  });
});
