import type { TFunction } from 'i18next';
import { formatCalendarDate } from '../../shared/date-style.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { partnershipKinds, type PartnershipSummary } from '../partnerships/partnerships.schemas.ts';
import { countryName } from './intl-cache.ts';
import type { DirectoryFilters } from './partnership-directory.ts';
import { portalPaths } from './portal-paths.ts';

export interface DirectoryPageProps {
  lang: UiLocale;
  t: TFunction;
  shown: PartnershipSummary[];
  all: PartnershipSummary[];
  filters: DirectoryFilters;
  themes: { key: string; label: string }[];
}

/** The directory of partnerships with its filters: a plain GET form, so it works without JavaScript. */
export function DirectoryPage({ lang, t, shown, all, filters, themes }: DirectoryPageProps) {
  const collator = new Intl.Collator(lang);
  const cities = [...new Map(all.flatMap((p) => p.cities).map((c) => [c.key, c])).values()].sort((a, b) => collator.compare(a.name, b.name));
  const countries = [...new Set(cities.map((c) => c.country))]
    .map((code) => ({ code, name: countryName(code, lang) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const themeLabel = new Map(themes.map((th) => [th.key, th.label]));
  return (
    <>
      <h1>{t('portal.directory.title')}</h1>
      <p className="lead">{t('portal.directory.description')}</p>
      <section className="card" aria-labelledby="filters">
        <h2 id="filters">{t('portal.directory.filters')}</h2>
        <form className="filters" method="get" action={portalPaths.directory(lang)}>
          <Select
            name="country"
            label={t('portal.directory.country')}
            any={t('portal.directory.any')}
            value={filters.country}
            options={countries.map((c) => [c.code, c.name])}
          />
          <Select
            name="city"
            label={t('portal.directory.city')}
            any={t('portal.directory.any')}
            value={filters.city}
            options={cities.map((c) => [c.key, c.name])}
          />
          <Select
            name="kind"
            label={t('portal.directory.kind')}
            any={t('portal.directory.any')}
            value={filters.kind}
            options={partnershipKinds.map((k) => [k, t(`partnerships.kinds.${k}`)])}
          />
          <Select
            name="theme"
            label={t('portal.directory.theme')}
            any={t('portal.directory.any')}
            value={filters.theme}
            options={themes.map((th) => [th.key, th.label])}
          />
          <div>
            <label htmlFor="filter-since">{t('portal.directory.activeSince')}</label>
            <input id="filter-since" name="since" type="number" inputMode="numeric" min={1900} max={2100} defaultValue={filters.since} />
          </div>
          <div className="actions">
            <button type="submit">{t('portal.directory.apply')}</button>
            <a href={portalPaths.directory(lang)}>{t('portal.directory.reset')}</a>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="results">
        <h2 id="results">{t('portal.directory.count', { count: shown.length })}</h2>
        {shown.length === 0 && <p className="muted">{t('portal.directory.none')}</p>}
        <ul className="plain">
          {shown.map((p) => (
            <li key={p.id}>
              <h3>
                <a href={portalPaths.partnership(lang, p.key)}>{p.name}</a>
              </h3>
              <div className="muted">
                {t(`partnerships.kinds.${p.kind}`)} · {t(`partnerships.statuses.${p.status}`)}
                {p.since && ` · ${t('portal.directory.since', { date: formatCalendarDate(p.since, lang) })}`}
                {' · '}
                {p.cities.map((c) => `${c.name} (${c.country})`).join(', ')}
              </div>
              {p.themes.length > 0 && (
                <ul className="tags">
                  {p.themes.map((key) => (
                    <li key={key}>{themeLabel.get(key) ?? key}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function Select({ name, label, any, value, options }: { name: string; label: string; any: string; value: string | undefined; options: [string, string][] }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{any}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
