import type { TFunction } from 'i18next';
import { chooseText } from '../../shared/localised-text-choice.ts';
import type { UiLocale } from '../../shared/locales.ts';
import type { ActivitySummary } from '../activities/activities.schemas.ts';
import { activityWhen } from './activity-when.ts';
import { LocalisedBlock } from './localised-block.tsx';
import { portalPaths } from './portal-paths.ts';

type ListedActivity = ActivitySummary & { partnership?: { key: string; name: string } };

/** Public activities as a list: title in the reader's language or marked, kind, local time, place; the partnership when several are mixed. */
export function ActivityList({
  items,
  empty,
  lang,
  t,
  linkTarget,
}: {
  items: ListedActivity[];
  empty: string;
  lang: UiLocale;
  t: TFunction;
  linkTarget?: '_blank';
}) {
  if (!items.length) return <p className="muted">{empty}</p>;
  return (
    <ul className="plain">
      {items.map((a) => (
        <li key={a.id}>
          <strong>
            <LocalisedBlock shown={chooseText(a.title, a.originalLang, lang)} lang={lang} t={t} as="span" />
          </strong>
          {a.status === 'cancelled' && (
            <>
              {' '}
              <span className="badge">{t('portal.partnership.cancelled')}</span>
            </>
          )}
          <div className="muted">
            {t(`activities.kind.${a.kind}`)} · <time dateTime={a.startsAt}>{activityWhen(a, lang)}</time> ·{' '}
            {a.hostCity ? a.hostCity.name : t('portal.partnership.online')}
            {a.venue && `, ${a.venue}`}
          </div>
          {a.partnership && (
            <div>
              <a href={portalPaths.partnership(lang, a.partnership.key)} target={linkTarget}>
                {a.partnership.name}
              </a>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
