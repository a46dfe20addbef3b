import type { TFunction } from 'i18next';
import type { UiLocale } from '../../shared/locales.ts';
import type { Organisation } from '../organisations/organisations.schemas.ts';
import { descriptionIn } from './description-in.ts';
import { LocalisedBlock } from './localised-block.tsx';
import { languageName } from './intl-cache.ts';
import { OfficeContact } from './office-contact.tsx';
import { portalPaths } from './portal-paths.ts';

export interface OrganisationPageProps {
  lang: UiLocale;
  t: TFunction;
  organisation: Organisation;
  themeLabel: (key: string) => string;
}

type Item = Organisation['offers'][number];

/** The public profile of an organisation: what it is, what it offers and seeks, and whom to contact where they agreed to be shown. */
export function OrganisationPage({ lang, t, organisation: o, themeLabel }: OrganisationPageProps) {
  return (
    <>
      <h1>{o.name}</h1>
      <div className="columns">
        <div>
          <section className="card" aria-labelledby="about">
            <h2 id="about">{t('portal.organisation.facts')}</h2>
            <dl className="facts">
              <dt>{t('portal.organisation.kind')}</dt>
              <dd>{t(`organisations.kinds.${o.kind}`)}</dd>
              <dt>{t('portal.organisation.city')}</dt>
              <dd>
                <a href={portalPaths.city(lang, o.city.key)}>{o.city.name}</a>
              </dd>
              {o.website && /^https?:\/\//i.test(o.website) && (
                <>
                  <dt>{t('portal.organisation.website')}</dt>
                  <dd>
                    <a href={o.website} rel="nofollow noopener">
                      {o.website.replace(/^https?:\/\//i, '')}
                    </a>
                  </dd>
                </>
              )}
            </dl>
            <div className="lead">
              <LocalisedBlock shown={descriptionIn(o.description, lang)} lang={lang} t={t} />
            </div>
            {o.themes.length > 0 && (
              <>
                <h3>{t('portal.organisation.themes')}</h3>
                <ul className="tags">
                  {o.themes.map((key) => (
                    <li key={key}>{themeLabel(key)}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <ItemSection id="offers" title={t('portal.organisation.offers')} empty={t('portal.organisation.noOffers')} items={o.offers} lang={lang} t={t} />
          <ItemSection
            id="requests"
            title={t('portal.organisation.requests')}
            empty={t('portal.organisation.noRequests')}
            items={o.requests}
            lang={lang}
            t={t}
          />
        </div>
        <div>
          {o.people.length > 0 && (
            <section className="card" aria-labelledby="people">
              <h2 id="people">{t('portal.organisation.people')}</h2>
              <ul className="plain">
                {o.people.map((person) => (
                  <li key={person.id}>
                    <strong>{person.name}</strong>
                    <OfficeContact office={{ name: person.roleTitle, email: person.email, phone: person.phone }} />
                    {person.languages.length > 0 && <div className="muted">{person.languages.map((l) => languageName(l, lang)).join(', ')}</div>}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
    </>
  );
}

function ItemSection({ id, title, empty, items, lang, t }: { id: string; title: string; empty: string; items: Item[]; lang: UiLocale; t: TFunction }) {
  const shown = items.filter((i) => i.status === 'approved' && !i.expired);
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {shown.length === 0 && <p className="muted">{empty}</p>}
      <ul className="plain">
        {shown.map((item) => (
          <li key={item.id} lang={item.lang && item.lang !== lang ? item.lang : undefined}>
            <h3>{item.title}</h3>
            <p>{item.text}</p>
            <div className="muted" lang={lang}>
              {t('portal.organisation.category')}: {t(`organisations.categories.${item.category}`)}
              {item.lang && item.lang !== lang && ` · ${t('portal.translation.inLanguage', { language: languageName(item.lang, lang) })}`}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
