import type { ProgrammeFileRecord } from '../action-programmes/index.ts';
import { CLUJ_NAPOCA, DEMO_PARTNERSHIP_KEY, DORTMUND } from './demo-facts.ts';

// The joint action programme 2021–2024 of the demo partnership, as the interchange file carries
// it: the six focus themes of the Letter of Intent as fields, goals and measures with the offices
// and organisations of the demo responsible for them. Written by the Dortmund office in German and
// translated into Romanian and English; some measures ran late, one was dropped.

type Text = { lang: string; text: string };
const t = (de: string, ro: string, en: string): Text[] => [
  { lang: 'de', text: de },
  { lang: 'ro', text: ro },
  { lang: 'en', text: en },
];
const en = (text: string): Text[] => [{ lang: 'en', text }];

export const DEMO_PROGRAMME_KEY = 'dortmund-cluj-napoca-2021-2024';

/** The international offices of both cities, as responsibles. */
const dortmundOffice = { city: DORTMUND, office: 'Büro für Internationale Beziehungen und Nachhaltige Entwicklung' };
const clujOffice = { city: CLUJ_NAPOCA, office: 'Office for International Affairs and Foreign Investment' };
const org = (city: string, organisation: string) => ({ city, organisation });

export const demoProgramme: ProgrammeFileRecord = {
  key: DEMO_PROGRAMME_KEY,
  partnership: DEMO_PARTNERSHIP_KEY,
  title: t('Gemeinsames Aktionsprogramm 2021–2024', 'Program comun de acțiune 2021–2024', 'Joint action programme 2021–2024'),
  summary: t(
    'Das Aktionsprogramm setzt den Letter of Intent vom 31. Juli 2020 um: sechs Handlungsfelder, Ziele und Maßnahmen mit Verantwortlichen in beiden Städten.',
    'Programul de acțiune pune în practică scrisoarea de intenție din 31 iulie 2020: șase domenii de acțiune, obiective și măsuri cu responsabili în ambele orașe.',
    'The action programme puts the Letter of Intent of 31 July 2020 into practice: six fields of action, goals and measures with responsibles in both cities.',
  ),
  originalLang: 'de',
  startsOn: '2021-01-01',
  endsOn: '2024-12-31',
  fields: [
    {
      theme: 'digitalisation-smart-city',
      description: t(
        'Offene Daten, digitale Dienste, Smart-City-Pilotprojekte.',
        'Date deschise, servicii digitale, proiecte-pilot smart city.',
        'Open data, digital services, smart-city pilots.',
      ),
      goals: [
        {
          title: t(
            'Erfahrungen mit Smart-City-Pilotprojekten teilen',
            'Schimb de experiență privind proiectele-pilot smart city',
            'Share experience with smart-city pilots',
          ),
          measures: [
            {
              key: 'smart-city-workshops',
              title: t('Smart-City-Workshops in beiden Städten', 'Ateliere smart city în ambele orașe', 'Smart-city workshops in both cities'),
              startsOn: '2022-01-01',
              endsOn: '2023-12-31',
              budget: 18000,
              status: 'done',
              progress: 100,
              sdgTargets: ['11.3', '17.17'],
              responsibles: [dortmundOffice, org(CLUJ_NAPOCA, 'utcn')],
              indicators: [
                { name: t('Durchgeführte Workshops', 'Ateliere organizate', 'Workshops held'), unit: 'workshops', baseline: 0, target: 2, achieved: 2 },
              ],
            },
            {
              key: 'open-data-exchange',
              title: t('Austausch zu offenen Verwaltungsdaten', 'Schimb privind datele deschise ale administrației', 'Exchange on open government data'),
              startsOn: '2021-06-01',
              endsOn: '2023-06-30',
              status: 'running',
              progress: 60,
              sdgTargets: ['16.10'],
              responsibles: [org(DORTMUND, 'fraunhofer-isst'), clujOffice],
              indicators: [
                {
                  name: t('Gemeinsam veröffentlichte Datensätze', 'Seturi de date publicate împreună', 'Data sets published jointly'),
                  unit: 'data sets',
                  baseline: 0,
                  target: 20,
                  achieved: 9,
                },
              ],
            },
          ],
        },
      ],
    },
    {
      theme: 'technology-startups',
      description: t('Start-ups beider Städte vernetzen.', 'Conectarea start-up-urilor din cele două orașe.', 'Connect the start-ups of both cities.'),
      goals: [
        {
          title: t(
            'Start-ups den Markteintritt in der Partnerstadt erleichtern',
            'Facilitarea intrării start-up-urilor pe piața orașului partener',
            "Ease start-ups' entry into the partner city's market",
          ),
          measures: [
            {
              key: 'startup-exchange',
              title: t('Online-Start-up-Austausch', 'Schimb online între start-up-uri', 'Online start-up exchange'),
              startsOn: '2021-09-01',
              endsOn: '2022-12-31',
              budget: 2500,
              status: 'done',
              progress: 100,
              sdgTargets: ['8.3', '9.5'],
              responsibles: [org(DORTMUND, 'technologiezentrum-dortmund'), org(CLUJ_NAPOCA, 'cluj-it-cluster')],
              indicators: [
                { name: t('Teilnehmende Start-ups', 'Start-up-uri participante', 'Start-ups taking part'), unit: 'start-ups', target: 10, achieved: 8 },
              ],
            },
            {
              key: 'soft-landing',
              title: t(
                'Soft-Landing-Programm für Gründerteams',
                'Program de soft landing pentru echipe de fondatori',
                'Soft-landing programme for founding teams',
              ),
              startsOn: '2023-01-01',
              endsOn: '2024-06-30',
              budget: 30000,
              status: 'running',
              progress: 35,
              sdgTargets: ['8.3'],
              responsibles: [org(DORTMUND, 'wirtschaftsfoerderung-dortmund'), org(CLUJ_NAPOCA, 'tetarom')],
              indicators: [
                {
                  name: t('Gründerteams im Programm', 'Echipe de fondatori în program', 'Founding teams in the programme'),
                  unit: 'teams',
                  target: 6,
                  achieved: 2,
                },
              ],
            },
          ],
        },
      ],
    },
    {
      theme: 'innovation-clusters',
      description: t('Cluster und Hochschulen verbinden.', 'Conectarea clusterelor și universităților.', 'Link clusters and universities.'),
      goals: [
        {
          title: t(
            'Gemeinsame Anträge für EU-Förderprogramme',
            'Candidaturi comune la programe de finanțare UE',
            'Joint applications to EU funding programmes',
          ),
          measures: [
            {
              key: 'horizon-consortium',
              title: t(
                'Konsortium für einen Horizon-Europe-Antrag',
                'Consorțiu pentru o candidatură Horizon Europe',
                'Consortium for a Horizon Europe application',
              ),
              startsOn: '2022-03-01',
              endsOn: '2023-10-31',
              status: 'running',
              progress: 70,
              sdgTargets: ['9.5', '17.6'],
              responsibles: [org(DORTMUND, 'tu-dortmund'), org(CLUJ_NAPOCA, 'ubb')],
              indicators: [{ name: t('Eingereichte Anträge', 'Candidaturi depuse', 'Applications submitted'), unit: 'applications', target: 1, achieved: 0 }],
            },
            {
              key: 'cluster-matchmaking',
              title: t('Matchmaking der IT-Cluster', 'Matchmaking între clusterele IT', 'IT cluster matchmaking'),
              startsOn: '2021-04-01',
              endsOn: '2022-12-31',
              status: 'done',
              progress: 100,
              responsibles: [org(DORTMUND, 'technologiezentrum-dortmund'), org(CLUJ_NAPOCA, 'cluj-it-cluster')],
            },
          ],
        },
      ],
    },
    {
      theme: 'sustainability',
      description: t(
        'Klimaschutz und Energiewende in der Stadt.',
        'Protecția climei și tranziția energetică în oraș.',
        'Climate action and the energy transition in the city.',
      ),
      goals: [
        {
          title: t('Voneinander beim Klimaschutz lernen', 'Învățare reciprocă în protecția climei', 'Learn from each other on climate action'),
          measures: [
            {
              key: 'climate-sensors',
              title: t('Klimasensoren in Cluj-Napoca erproben', 'Testarea senzorilor climatici în Cluj-Napoca', 'Pilot climate sensors in Cluj-Napoca'),
              startsOn: '2023-04-01',
              endsOn: '2024-09-30',
              budget: 12000,
              status: 'running',
              progress: 40,
              sdgTargets: ['11.6', '13.3'],
              responsibles: [org(DORTMUND, 'klimasensor-dortmund'), clujOffice],
              indicators: [
                { name: t('Installierte Sensoren', 'Senzori instalați', 'Sensors installed'), unit: 'sensors', baseline: 0, target: 25, achieved: 8 },
              ],
            },
            {
              key: 'energy-utilities-visit',
              title: t('Fachaustausch der Stadtwerke', 'Schimb de experiență între companiile de utilități', 'Exchange between the municipal utilities'),
              startsOn: '2022-05-01',
              endsOn: '2022-11-30',
              status: 'dropped',
              progress: 0,
              responsibles: [org(DORTMUND, 'dew21'), clujOffice],
            },
          ],
        },
      ],
    },
    {
      theme: 'public-services',
      description: t('Bürgernahe, digitale Verwaltung.', 'Administrație digitală, aproape de cetățeni.', 'Digital public services close to citizens.'),
      goals: [
        {
          title: t('Gute Praxis der Daseinsvorsorge austauschen', 'Schimb de bune practici în serviciile publice', 'Exchange good practice in public services'),
          measures: [
            {
              key: 'public-services-study-visits',
              title: t('Studienbesuche zu öffentlichen Dienstleistungen', 'Vizite de studiu privind serviciile publice', 'Study visits on public services'),
              startsOn: '2023-01-01',
              endsOn: '2024-12-31',
              budget: 15000,
              status: 'running',
              progress: 50,
              sdgTargets: ['16.6'],
              responsibles: [dortmundOffice, clujOffice],
              indicators: [
                {
                  name: t('Teilnehmende Verwaltungsfachleute', 'Specialiști din administrație participanți', 'Civil servants taking part'),
                  unit: 'people',
                  target: 60,
                  achieved: 0,
                },
              ],
            },
            {
              key: 'digital-citizen-office',
              title: t('Digitales Bürgerbüro: Erfahrungen teilen', 'Ghișeul digital: schimb de experiență', 'Digital citizen office: sharing experience'),
              startsOn: '2022-06-01',
              endsOn: '2023-09-30',
              status: 'running',
              progress: 45,
              sdgTargets: ['16.6', '16.7'],
              responsibles: [org(DORTMUND, 'materna'), clujOffice],
              indicators: [
                {
                  name: t('Gemeinsam dokumentierte Online-Dienste', 'Servicii online documentate împreună', 'Online services documented jointly'),
                  unit: 'services',
                  target: 10,
                  achieved: 4,
                },
              ],
            },
          ],
        },
      ],
    },
    {
      theme: 'agriculture',
      description: t('Stadtnahe Landwirtschaft und Ernährung.', 'Agricultură periurbană și alimentație.', 'Peri-urban agriculture and food.'),
      goals: [
        {
          title: t(
            'Wissenstransfer zu nachhaltiger Landwirtschaft',
            'Transfer de cunoștințe privind agricultura durabilă',
            'Knowledge transfer on sustainable agriculture',
          ),
          measures: [
            {
              key: 'agri-webinars',
              title: t('Webinarreihe Landwirtschaft', 'Serie de webinarii despre agricultură', 'Webinar series on agriculture'),
              startsOn: '2022-01-01',
              endsOn: '2023-12-31',
              status: 'planned',
              progress: 10,
              sdgTargets: ['2.4'],
              responsibles: [org(CLUJ_NAPOCA, 'usamv-cluj'), dortmundOffice],
              indicators: [{ name: en('Webinars held'), unit: 'webinars', target: 4, achieved: 0 }],
            },
            {
              key: 'school-gardens',
              title: t('Schulgärten-Partnerschaften', 'Parteneriate între grădinile școlare', 'School garden partnerships'),
              startsOn: '2024-03-01',
              endsOn: '2024-10-31',
              status: 'planned',
              progress: 0,
              sdgTargets: ['4.7'],
              responsibles: [dortmundOffice, org(CLUJ_NAPOCA, 'usamv-cluj')],
            },
          ],
        },
      ],
    },
  ],
};
