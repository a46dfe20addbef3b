import { describe, expect, it } from 'vitest';
import { collectDeadlines, normaliseDeadlineModel } from './call-deadlines.ts';
import { htmlToText } from './html-to-text.ts';
import { brusselsAt, portalInstant } from './portal-dates.ts';

describe('portal dates', () => {
  it('keeps epoch milliseconds as instants and reads bare dates as 17:00 Brussels time', () => {
    expect(portalInstant(1789657200000)).toBe('2026-09-17T15:00:00.000Z');
    expect(portalInstant('1789657200000')).toBe('2026-09-17T15:00:00.000Z');
    expect(portalInstant('2026-09-17')).toBe('2026-09-17T15:00:00.000Z');
    expect(portalInstant('2026-01-13')).toBe('2026-01-13T16:00:00.000Z');
    expect(brusselsAt('2026-03-29', 17)).toBe('2026-03-29T15:00:00.000Z'); // the day summer time starts
    expect(portalInstant('2026-04-14T17:00:00.000+0200')).toBe('2026-04-14T15:00:00.000Z');
    for (const bad of ['', 'soon', null, {}, NaN, -1, '2026-13-45x']) expect(portalInstant(bad)).toBeNull();
  });

  it('names deadline models as the portal does', () => {
    expect(normaliseDeadlineModel('Two-Stage')).toBe('two-stage');
    expect(normaliseDeadlineModel('multiple cut-off')).toBe('multiple cut-off');
    expect(normaliseDeadlineModel('multipleCutoff')).toBe('multiple cut-off');
    expect(normaliseDeadlineModel('single_stage')).toBe('single-stage');
    expect(normaliseDeadlineModel('')).toBeNull();
    expect(normaliseDeadlineModel(3)).toBeNull();
  });

  it('collects deadlines ascending, once per instant, the first label winning', () => {
    expect(
      collectDeadlines([
        { instants: ['2026-05-01T15:00:00.000Z', '2026-02-01T16:00:00.000Z', '2026-05-01T15:00:00.000Z'], model: 'two-stage' },
        { instants: ['2026-05-01T15:00:00.000Z', '2026-07-01T15:00:00.000Z'], model: null, action: 'X' },
      ]),
    ).toEqual([{ at: '2026-02-01T16:00:00.000Z', label: 'stage 1' }, { at: '2026-05-01T15:00:00.000Z', label: 'stage 2' }, { at: '2026-07-01T15:00:00.000Z' }]);
  });

  it('turns HTML into text safely', () => {
    expect(htmlToText('<p>a&nbsp;&amp;&nbsp;b</p><p>c</p>')).toBe('a & b\nc');
    expect(htmlToText('<style>p{}</style><script>x()</script>ok<!-- c -->')).toBe('ok');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
    expect(htmlToText('unclosed <b')).toBe('unclosed');
    expect(htmlToText('x'.repeat(50), 10)).toHaveLength(10);
    expect(htmlToText(null)).toBe('');
  });
});
