import type { TFunction } from 'i18next';
import { formatCalendarDate } from '../../shared/date-style.ts';
import { chooseText } from '../../shared/localised-text-choice.ts';
import type { UiLocale } from '../../shared/locales.ts';
import type { Programme } from '../action-programmes/action-programmes.schemas.ts';
import type { ActivitySummary } from '../activities/activities.schemas.ts';
import type { Partnership } from '../partnerships/partnerships.schemas.ts';
import { ActivityList } from './activity-list.tsx';
import { descriptionIn } from './description-in.ts';
import { LocalisedBlock } from './localised-block.tsx';
import { MapFigure } from './map-figure.tsx';
import { OfficeContact } from './office-contact.tsx';
import { portalPaths } from './portal-paths.ts';
import { ProgrammeProgress } from './programme-progress.tsx';
import type { MapDrawing } from './partnership-map.ts';

export interface PartnershipPageProps {
  lang: UiLocale;
  t: TFunction;
  partnership: Partnership;
  upcoming: ActivitySummary[];
  past: ActivitySummary[];
  programmes: Programme[];
  map: MapDrawing | null;
  themeLabel: (key: string) => string;
}

/** ", office" of a signatory or facilitator, in the page's language or the agreement's. */
const officeIn = (office: Partial<Record<UiLocale, string>>, original: UiLocale, lang: UiLocale) => {
  const shown = chooseText(office, original, lang);
  return shown ? `, ${shown.text}` : null;
};

/** The public page of a partnership: what it is, its agreements, themes, map, activities and timeline. */
export function PartnershipPage({ lang, t, partnership: p, upcoming, past, programmes, map, themeLabel }: PartnershipPageProps) {
  const cityName = (id: string | null) => p.cities.find((c) => c.id === id)?.name;
  return (
    <>
      <h1>{p.name}</h1>
      <div className="columns">
        <div>
          <section className="card" aria-labelledby="facts">
            <h2 id="facts">{t('portal.partnership.facts')}</h2>
            <dl className="facts">
              <dt>{t('portal.partnership.kind')}</dt>
              <dd>{t(`partnerships.kinds.${p.kind}`)}</dd>
              <dt>{t('portal.partnership.status')}</dt>
              <dd>{t(`partnerships.statuses.${p.status}`)}</dd>
              {p.since && (
                <>
                  <dt>{t('portal.partnership.since')}</dt>
                  <dd>
                    <time dateTime={p.since}>{formatCalendarDate(p.since, lang)}</time>
                  </dd>
                </>
              )}
              <dt>{t('portal.partnership.cities')}</dt>
              <dd>
                {p.cities.map((c, i) => (
                  <span key={c.id}>
                    {i > 0 && ' · '}
                    <a href={portalPaths.city(lang, c.key)}>{c.name}</a>
                  </span>
                ))}
              </dd>
            </dl>
          </section>

          <section className="card" aria-labelledby="about">
            <h2 id="about">{t('portal.partnership.about')}</h2>
            <div className="lead">
              <LocalisedBlock shown={descriptionIn(p.description, lang)} lang={lang} t={t} />
            </div>
            <h3>{t('portal.partnership.themes')}</h3>
            {p.themes.length ? (
              <ul className="tags">
                {p.themes.map((key) => (
                  <li key={key}>{themeLabel(key)}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('portal.partnership.noThemes')}</p>
            )}
          </section>

          <section className="card" aria-labelledby="agreements">
            <h2 id="agreements">{t('portal.partnership.agreements')}</h2>
            {p.agreements.length === 0 && <p className="muted">{t('portal.partnership.noAgreements')}</p>}
            <ul className="plain">
              {p.agreements.map((a) => (
                <li key={a.id}>
                  <h3>
                    <LocalisedBlock shown={chooseText(a.title, a.originalLang, lang)} lang={lang} t={t} as="span" />
                  </h3>
                  <p className="muted">
                    {t(`partnerships.agreementKinds.${a.kind}`)}
                    {a.signedOn && (
                      <>
                        {' · '}
                        <time dateTime={a.signedOn}>{t('portal.partnership.signedOn', { date: formatCalendarDate(a.signedOn, lang) })}</time>
                      </>
                    )}
                    {a.mode && ` · ${t(`partnerships.modes.${a.mode}`)}`}
                    {a.place && ` · ${a.place}`}
                  </p>
                  <LocalisedBlock shown={chooseText(a.summary, a.originalLang, lang)} lang={lang} t={t} />
                  {a.signatories.length > 0 && (
                    <>
                      <h4>{t('portal.partnership.signedBy')}</h4>
                      <ul>
                        {a.signatories.map((s) => (
                          <li key={s.personName}>
                            {s.personName}
                            {officeIn(s.office, a.originalLang, lang)}
                            {cityName(s.cityId) && ` (${t('portal.partnership.signedFor', { city: cityName(s.cityId) })})`}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  {a.facilitators.length > 0 && (
                    <>
                      <h4>{t('portal.partnership.facilitatedBy')}</h4>
                      <ul>
                        {a.facilitators.map((f) => (
                          <li key={f.personName}>
                            {f.personName}
                            {officeIn(f.office, a.originalLang, lang)}
                            {f.organisation && ` (${f.organisation})`}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>

          <section className="card" aria-labelledby="programme">
            <h2 id="programme">{t('portal.programme.programme')}</h2>
            <ProgrammeProgress programmes={programmes} lang={lang} t={t} />
          </section>

          <section className="card" aria-labelledby="activities">
            <h2 id="activities">{t('portal.partnership.activities')}</h2>
            <h3>{t('portal.partnership.upcoming')}</h3>
            <ActivityList items={upcoming} empty={t('portal.partnership.noUpcoming')} lang={lang} t={t} />
            <h3>{t('portal.partnership.past')}</h3>
            <ActivityList items={past} empty={t('portal.partnership.noPast')} lang={lang} t={t} />
          </section>

          <section className="card" aria-labelledby="timeline">
            <h2 id="timeline">{t('portal.partnership.timeline')}</h2>
            {p.timeline.length === 0 && <p className="muted">{t('portal.partnership.noTimeline')}</p>}
            <ul className="plain">
              {p.timeline.map((e) => (
                <li key={e.id}>
                  <time dateTime={e.occurredOn}>{formatCalendarDate(e.occurredOn, lang)}</time>
                  {' · '}
                  <LocalisedBlock shown={chooseText(e.title, e.originalLang, lang)} lang={lang} t={t} as="span" />
                </li>
              ))}
            </ul>
          </section>
        </div>

        <div>
          <section className="card" aria-labelledby="map-heading">
            <h2 id="map-heading">{t('portal.map.title')}</h2>
            {map ? <MapFigure drawing={map} title={t('portal.map.title')} lang={lang} t={t} /> : <p className="muted">{t('portal.map.noCoordinates')}</p>}
          </section>

          <section className="card" aria-labelledby="figures">
            <h2 id="figures">{t('portal.partnership.network')}</h2>
            <dl className="figures">
              <div>
                <dt>{t('portal.partnership.counts.agreements')}</dt>
                <dd>{p.agreements.length}</dd>
              </div>
              <div>
                <dt>{t('portal.partnership.counts.activities')}</dt>
                <dd>{upcoming.length + past.length}</dd>
              </div>
              <div>
                <dt>{t('portal.partnership.counts.organisations')}</dt>
                <dd>{p.counts.organisations}</dd>
              </div>
              <div>
                <dt>{t('portal.partnership.counts.events')}</dt>
                <dd>{p.timeline.length}</dd>
              </div>
            </dl>
          </section>

          <section className="card" aria-labelledby="offices">
            <h2 id="offices">{t('portal.partnership.offices')}</h2>
            <ul className="plain">
              {p.offices.map((o) => (
                <li key={o.city.id}>
                  <strong>{o.city.name}</strong>
                  <OfficeContact office={o} />
                </li>
              ))}
            </ul>
          </section>

          <section className="card" aria-labelledby="members">
            <h2 id="members">{t('portal.partnership.organisations')}</h2>
            {p.memberOrganisations.map((m) => (
              <div key={m.city.id}>
                <h3>{t('portal.partnership.organisationsIn', { city: m.city.name, count: m.organisations.length })}</h3>
                <ul>
                  {m.organisations.map((o) => (
                    <li key={o.id}>
                      <a href={portalPaths.organisation(lang, o.key)}>{o.name}</a> <span className="muted">({t(`organisations.kinds.${o.kind}`)})</span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        </div>
      </div>
    </>
  );
}
