import { describe, expect, it } from 'vitest';
import { activityToForm, emptyAgendaRow, formToRequest, moveRow } from './activity-form-values.ts';

describe('the plan form', () => {
  it('sends only the languages written, null for empty fields, and the zone only when named', () => {
    const form = activityToForm(null, 'de', 'city-1');
    form.title.de = 'Delegationsbesuch';
    form.startsLocal = '2027-06-15T09:00';
    form.endsLocal = '2027-06-16T17:00';
    form.agenda = [{ ...emptyAgendaRow('2027-06-15T10:00', ''), title: { de: 'Workshop', ro: '', en: '', hu: '' } }];
    const body = formToRequest(form);
    expect(body.title).toEqual({ de: 'Delegationsbesuch' });
    expect(body.description).toEqual({});
    expect(body).not.toHaveProperty('timeZone');
    expect(body).toMatchObject({ hostCityId: 'city-1', venue: null, capacity: null, registrationDeadlineLocal: null, needsRetentionDays: 30 });
    expect(body.agenda).toEqual([{ startsLocal: '2027-06-15T10:00', endsLocal: null, title: { de: 'Workshop' }, speakers: null, language: null }]);
    expect(formToRequest({ ...form, hostCityId: '', timeZone: 'Europe/Bucharest', venue: 'Hall' })).toMatchObject({
      hostCityId: null,
      timeZone: 'Europe/Bucharest',
      venue: null,
    });
  });

  it('moves agenda rows within the list', () => {
    expect(moveRow(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveRow(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveRow(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
  });
});
