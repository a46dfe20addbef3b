// The web app's catalogues the portal words its pages with, so that a label is written once and the
// catalogue test (src/web/locales/catalogues.test.ts) finds a missing key here too. They are data,
// not code: the portal imports no module of the web app. Bundled into dist/server by esbuild.
import type { UiLocale } from '../../shared/locales.ts';
import deCommon from '../../web/locales/de/common.json' with { type: 'json' };
import dePartnerships from '../../web/locales/de/partnerships.json' with { type: 'json' };
import deActivities from '../../web/locales/de/activities.json' with { type: 'json' };
import deOrganisations from '../../web/locales/de/organisations.json' with { type: 'json' };
import deActionProgrammes from '../../web/locales/de/action-programmes.json' with { type: 'json' };
import dePortal from '../../web/locales/de/portal.json' with { type: 'json' };
import roCommon from '../../web/locales/ro/common.json' with { type: 'json' };
import roPartnerships from '../../web/locales/ro/partnerships.json' with { type: 'json' };
import roActivities from '../../web/locales/ro/activities.json' with { type: 'json' };
import roOrganisations from '../../web/locales/ro/organisations.json' with { type: 'json' };
import roActionProgrammes from '../../web/locales/ro/action-programmes.json' with { type: 'json' };
import roPortal from '../../web/locales/ro/portal.json' with { type: 'json' };
import enCommon from '../../web/locales/en/common.json' with { type: 'json' };
import enPartnerships from '../../web/locales/en/partnerships.json' with { type: 'json' };
import enActivities from '../../web/locales/en/activities.json' with { type: 'json' };
import enOrganisations from '../../web/locales/en/organisations.json' with { type: 'json' };
import enActionProgrammes from '../../web/locales/en/action-programmes.json' with { type: 'json' };
import enPortal from '../../web/locales/en/portal.json' with { type: 'json' };
import huCommon from '../../web/locales/hu/common.json' with { type: 'json' };
import huPartnerships from '../../web/locales/hu/partnerships.json' with { type: 'json' };
import huActivities from '../../web/locales/hu/activities.json' with { type: 'json' };
import huOrganisations from '../../web/locales/hu/organisations.json' with { type: 'json' };
import huActionProgrammes from '../../web/locales/hu/action-programmes.json' with { type: 'json' };
import huPortal from '../../web/locales/hu/portal.json' with { type: 'json' };

/** Each language's catalogue, the files merged as the web app merges them (one key space). */
export const portalCatalogues: Record<UiLocale, Record<string, unknown>> = {
  de: { ...deCommon, ...dePartnerships, ...deActivities, ...deOrganisations, ...deActionProgrammes, ...dePortal },
  ro: { ...roCommon, ...roPartnerships, ...roActivities, ...roOrganisations, ...roActionProgrammes, ...roPortal },
  en: { ...enCommon, ...enPartnerships, ...enActivities, ...enOrganisations, ...enActionProgrammes, ...enPortal },
  hu: { ...huCommon, ...huPartnerships, ...huActivities, ...huOrganisations, ...huActionProgrammes, ...huPortal },
};
