import { describe, expect, it } from 'vitest';
import { emptyIndicator, emptyResponsible, figure, measureFormToRequest, measureToForm, splitSdgTargets } from './measure-form-values.ts';

describe('measure form values', () => {
  it('reads numbers as people type them and keeps what is not a number for the API to name', () => {
    expect(figure('')).toBeNull();
    expect(figure(' 1,5 ')).toBe(1.5);
    expect(figure('12 000')).toBe(12000);
    expect(figure('many')).toBe('many');
  });

  it('splits SDG targets written with commas, semicolons or spaces', () => {
    expect(splitSdgTargets('11.2, 17.b;4.7  13.3')).toEqual(['11.2', '17.b', '4.7', '13.3']);
    expect(splitSdgTargets(' ')).toEqual([]);
  });

  it('sends an organisation or an office per responsible row, never both', () => {
    const values = measureToForm(null);
    values.title.de = 'Gemeinsame Smart-City-Werkstatt';
    values.progress = '40';
    values.responsibles = [
      { ...emptyResponsible('c1'), organisationId: 'o1', office: 'left over' },
      { ...emptyResponsible('c2'), kind: 'office', office: ' Büro für Internationales ' },
    ];
    values.indicators = [{ ...emptyIndicator(), unit: 'people', target: '50', achieved: '' }];
    const request = measureFormToRequest(values);
    expect(request.title).toEqual({ de: 'Gemeinsame Smart-City-Werkstatt' });
    expect(request.progress).toBe(40);
    expect(request.responsibles).toEqual([
      { cityId: 'c1', organisationId: 'o1', office: null },
      { cityId: 'c2', organisationId: null, office: 'Büro für Internationales' },
    ]);
    expect(request.indicators).toEqual([{ name: {}, unit: 'people', baseline: null, target: 50, achieved: null, source: null }]);
  });
});
