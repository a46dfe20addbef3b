/**
 * A small interchange file for matching tests (API and CLI): a Dortmund start-up seeking a pilot
 * farm; offers that serve it in Cluj-Napoca (partner), Sibiu (no partnership), Dortmund (own city)
 * and Leeds (a partner of Cluj-Napoca only).
 */
const irrigationOffer = (title: string) => ({
  category: 'pilot-site',
  lang: 'en',
  title,
  text: 'Experimental farm as a pilot site for smart irrigation with soil moisture sensors and precision agriculture.',
});

export const matchingWorld = {
  format: 'pontis-interchange/1',
  cities: [
    { key: 'dortmund', name: 'Dortmund', country: 'DE' },
    { key: 'cluj-napoca', name: 'Cluj-Napoca', country: 'RO' },
    { key: 'sibiu', name: 'Sibiu', country: 'RO' },
    { key: 'leeds', name: 'Leeds', country: 'GB' },
  ],
  partnerships: [
    { key: 'dortmund-cluj', cities: ['dortmund', 'cluj-napoca'], kind: 'project-partnership', themes: ['agriculture', 'digitalisation-smart-city'] },
    { key: 'cluj-leeds', cities: ['cluj-napoca', 'leeds'], kind: 'network' },
  ],
  organisations: [
    {
      key: 'irrigation-startup',
      name: 'Tröpfchen Sensorik GmbH',
      kind: 'startup',
      city: 'dortmund',
      languages: ['de', 'en'],
      description: [{ lang: 'de', text: 'Start-up für Bodenfeuchtesensoren und smarte Bewässerung in der Landwirtschaft.' }],
      requests: [
        {
          category: 'pilot-site',
          lang: 'en',
          title: 'Pilot farm for smart irrigation',
          text: 'We seek a pilot farm to test smart irrigation with soil moisture sensors.',
        },
      ],
    },
    {
      key: 'usamv-cluj',
      name: 'USAMV Cluj-Napoca',
      kind: 'university',
      city: 'cluj-napoca',
      languages: ['ro', 'en'],
      offers: [irrigationOffer('Experimental farm')],
    },
    {
      key: 'agri-cluj-two',
      name: 'Agro Cluj Research',
      kind: 'research-institute',
      city: 'cluj-napoca',
      languages: ['ro'],
      offers: [irrigationOffer('Test fields')],
    },
    {
      key: 'cluj-museum',
      name: 'Muzeul de Artă Cluj',
      kind: 'cultural',
      city: 'cluj-napoca',
      offers: [{ lang: 'en', text: 'Exhibitions of cultural heritage and festivals for visitors.' }],
    },
    {
      key: 'sibiu-farm',
      name: 'Sibiu Farm Institute',
      kind: 'research-institute',
      city: 'sibiu',
      languages: ['en'],
      offers: [irrigationOffer('Sibiu fields')],
    },
    {
      key: 'dortmund-farm',
      name: 'Dortmunder Versuchsgut',
      kind: 'research-institute',
      city: 'dortmund',
      languages: ['de', 'en'],
      offers: [irrigationOffer('Own city fields')],
    },
    {
      key: 'leeds-farm',
      name: 'Leeds Irrigation Lab',
      kind: 'research-institute',
      city: 'leeds',
      languages: ['en'],
      offers: [irrigationOffer('Leeds fields')],
    },
  ],
};
