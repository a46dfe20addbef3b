import type { TFunction } from 'i18next';
import { formatCalendarDate } from '../../shared/date-style.ts';
import { chooseText } from '../../shared/localised-text-choice.ts';
import type { UiLocale } from '../../shared/locales.ts';
import type { Programme } from '../action-programmes/action-programmes.schemas.ts';
import { LocalisedBlock } from './localised-block.tsx';
import { numberFormat } from './intl-cache.ts';

const statuses = ['planned', 'running', 'done', 'dropped'] as const;

/**
 * The joint action programmes' progress, as the councils read it: each programme's overall share
 * done, its measures by status and what is late, and each field of action's own progress, as
 * text beside each bar (a bar alone says nothing to a screen reader).
 */
export function ProgrammeProgress({ programmes, lang, t }: { programmes: Programme[]; lang: UiLocale; t: TFunction }) {
  if (!programmes.length) return <p className="muted">{t('portal.programme.noProgramme')}</p>;
  const percent = (value: number) => numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
  return (
    <>
      {programmes.map((p) => (
        <div key={p.id} className="programme">
          <h3>
            <LocalisedBlock shown={chooseText(p.title, p.originalLang, lang)} lang={lang} t={t} as="span" />
          </h3>
          <p className="muted">{t('portal.programme.period', { from: formatCalendarDate(p.startsOn, lang), to: formatCalendarDate(p.endsOn, lang) })}</p>
          <p>
            {t('action-programmes.glance.overallLabel', { percent: percent(p.rollUp.progress) })}{' '}
            <progress max={100} value={Math.round(p.rollUp.progress)} aria-hidden="true" />
          </p>
          <p className="muted">
            {t('portal.programme.measures', { count: p.rollUp.measures })} ·{' '}
            {statuses
              .map((s) => t('action-programmes.chart.statusCount', { status: t(`action-programmes.status.${s}`), count: p.rollUp.byStatus[s] }))
              .join(' · ')}{' '}
            · {t('action-programmes.chart.late', { count: p.rollUp.late })}
          </p>
          <table className="progress-table">
            <thead>
              <tr>
                <th scope="col">{t('portal.programme.field')}</th>
                <th scope="col">{t('portal.programme.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {p.fields.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{f.themeName}</th>
                  <td>
                    {percent(f.rollUp.progress)} % <progress max={100} value={Math.round(f.rollUp.progress)} aria-hidden="true" />
                    <div className="muted">{t('portal.programme.measures', { count: f.rollUp.measures })}</div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
