import type { InterchangeDocument } from '../../interchange/index.ts';
import { clujOrganisations } from './cluj-organisations.ts';
import { dortmundOrganisations } from './dortmund-organisations.ts';
import { sibiuOrganisations } from './sibiu-organisations.ts';

/** The evaluation ecosystem as an interchange file: loaded through the real import. */
export const evaluationDocument: InterchangeDocument = {
  format: 'pontis-interchange/1',
  cities: [
    { key: 'dortmund', name: 'Dortmund', country: 'DE' },
    {
      key: 'cluj-napoca',
      name: 'Cluj-Napoca',
      country: 'RO',
      aliases: [
        { name: 'Kolozsvár', lang: 'hu' },
        { name: 'Klausenburg', lang: 'de' },
      ],
    },
    {
      key: 'sibiu',
      name: 'Sibiu',
      country: 'RO',
      aliases: [
        { name: 'Hermannstadt', lang: 'de' },
        { name: 'Nagyszeben', lang: 'hu' },
      ],
    },
  ],
  partnerships: [
    {
      key: 'dortmund-cluj-napoca',
      cities: ['dortmund', 'cluj-napoca'],
      kind: 'project-partnership',
      since: '2020-07-31',
      themes: ['digitalisation-smart-city', 'technology-startups', 'innovation-clusters', 'sustainability', 'public-services', 'agriculture'],
    },
  ],
  organisations: [...dortmundOrganisations, ...clujOrganisations, ...sibiuOrganisations],
};
