import { describe, expect, it } from 'vitest';
import { itemExpiry, offersRenewal, twelveMonthsFrom } from './item-expiry.ts';

describe('itemExpiry', () => {
  const today = '2026-11-21';
  it('reads an item without end date as open', () => {
    expect(itemExpiry(null, today)).toEqual({ state: 'open' });
    expect(offersRenewal(itemExpiry('', today))).toBe(false);
  });
  it('counts calendar days to the last valid day', () => {
    expect(itemExpiry('2026-11-20', today)).toEqual({ state: 'expired' });
    expect(itemExpiry('2026-11-21', today)).toEqual({ state: 'today' });
    expect(itemExpiry('2026-11-22', today)).toEqual({ state: 'tomorrow' });
    expect(itemExpiry('2026-12-01', today)).toEqual({ state: 'soon', days: 10 });
    expect(itemExpiry('2027-03-01', today)).toEqual({ state: 'later', days: 100 });
  });
  it('counts across a daylight-saving change and a leap day', () => {
    expect(itemExpiry('2027-03-29', '2027-03-27')).toEqual({ state: 'soon', days: 2 });
    expect(itemExpiry('2028-03-01', '2028-02-27')).toEqual({ state: 'soon', days: 3 });
  });
  it('offers renewal to ended items and those ending within 30 days', () => {
    expect(offersRenewal(itemExpiry('2026-11-01', today))).toBe(true);
    expect(offersRenewal(itemExpiry('2026-12-21', today))).toBe(true);
    expect(offersRenewal(itemExpiry('2026-12-22', today))).toBe(false);
  });
});

describe('twelveMonthsFrom', () => {
  it('extends from the end date while it is still ahead, else from today', () => {
    expect(twelveMonthsFrom('2026-12-05', '2026-11-21')).toBe('2027-12-05');
    expect(twelveMonthsFrom('2026-10-01', '2026-11-21')).toBe('2027-11-21');
    expect(twelveMonthsFrom(null, '2026-11-21')).toBe('2027-11-21');
  });
  it('keeps the day, or takes the month’s last day', () => {
    expect(twelveMonthsFrom('2028-02-29', '2028-01-01')).toBe('2029-02-28');
  });
});
