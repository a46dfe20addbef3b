import type { ServiceContext } from '../../shared/context.ts';
import type { UiLocale } from '../../shared/locales.ts';
import { getCity } from '../cities/index.ts';
import { getPartnership, listPartnerships } from '../partnerships/index.ts';
import { readTogether } from '../../db/read-together.ts';
import { atomFeed } from './atom-feed.ts';
import { partnershipFeedEntries } from './feed-entries.ts';
import { portalPaths } from './portal-paths.ts';
import { portalTranslator } from './portal-translator.ts';

/** The Atom feed of a partnership: its agreements and timeline as the public sees them. */
export async function renderPartnershipFeed(ctx: ServiceContext, lang: UiLocale, key: string): Promise<string> {
  const p = await getPartnership(ctx, key);
  const t = portalTranslator(lang);
  const pagePath = portalPaths.partnership(lang, p.key);
  return atomFeed({
    publicUrl: ctx.config.publicUrl,
    title: t('portal.feed.partnership', { name: p.name }),
    author: p.cities.map((c) => c.name).join(', '),
    pagePath,
    feedPath: portalPaths.partnershipFeed(lang, p.key),
    lang,
    entries: partnershipFeedEntries(p, lang, t, pagePath),
  });
}

/** The Atom feed of a city: the entries of all its partnerships' feeds, each titled with its partnership. */
export async function renderCityFeed(ctx: ServiceContext, lang: UiLocale, key: string): Promise<string> {
  const city = await getCity(ctx, key);
  const t = portalTranslator(lang);
  const mine = (await listPartnerships(ctx)).filter((p) => p.cities.some((c) => c.id === city.id));
  const partnerships = await readTogether(ctx.db, ...mine.map((p) => () => getPartnership(ctx, p.id)));
  const entries = partnerships
    .flatMap((p) =>
      partnershipFeedEntries(p, lang, t, portalPaths.partnership(lang, p.key)).map((e) => ({ ...e, id: `${p.key}:${e.id}`, title: `${p.name} · ${e.title}` })),
    )
    .sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
  return atomFeed({
    publicUrl: ctx.config.publicUrl,
    title: t('portal.feed.city', { name: city.name }),
    author: city.name,
    pagePath: portalPaths.city(lang, city.key),
    feedPath: portalPaths.cityFeed(lang, city.key),
    lang,
    entries,
  });
}
