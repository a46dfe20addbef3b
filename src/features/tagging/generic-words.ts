import { commonSpelling } from './common-spelling.ts';
import { stripDiacritics } from './normalize-text.ts';

/**
 * Words that nearly every offer, request or self-description uses, in the four languages: they
 * say nothing about what an organisation does, so they are no evidence that two fit (issue 14).
 * Chosen as a coordinator reads profiles, not from any evaluation set: the verbs of offering and
 * seeking, cooperation and project vocabulary, kinds of partner, and the filler of self-descriptions.
 */
const words = `
offer offers offering provide provides providing seek seeking looking want would like need needs support supports
partner partners partnership partnerships cooperation collaboration collaborate together joint project projects
experience expertise knowledge know-how exchange exchanges organisation organization organisations organizations
company companies institution institutions city cities municipal municipality local regional international
european europe new also more other others work working works services service development develop developing
based area areas field fields years year including example through within support team teams people members
interested interest opportunities opportunity activities activity programme program programmes programs
about among help helps helping provide available contact
bieten bietet anbieten suchen sucht gesucht möchten wollen brauchen benötigen partner partnerin partnern
partnerschaft partnerschaften kooperation zusammenarbeit gemeinsam gemeinsame gemeinsamen projekt projekte
projekten erfahrung erfahrungen wissen austausch organisation organisationen unternehmen institution stadt
städte städten kommunal kommunale kommunalen lokal lokale regionale regionalen international internationale
internationalen europäisch europäische europäischen neue neuen weitere weiteren arbeit arbeiten bereich
bereiche bereichen jahr jahre jahren beispiel unterstützung unterstützen interesse angebot angebote
möglichkeiten aktivitäten programm programme insbesondere sowie dabei bereits unserer
oferim oferă ofera oferta oferte căutăm cautam caută cauta dorim avem partener parteneri partenerii
parteneriat parteneriate cooperare colaborare colaborări comun comună comune proiect proiecte proiectul
proiectele experiență experienta experiențe cunoștințe schimb schimburi organizație organizații companie
companii instituție instituții oraș orașul orașe municipal municipiul local locală regional internațional
internaționale european europene nou noi alte altor activitate activități program programe domeniul
domenii domeniu ani anul exemplu sprijin sprijinim interes oportunități inclusiv precum
kínálunk kínál keresünk keres szeretnénk partner partnerek partnerség partnerségi együttműködés
együttműködést közös projekt projektek projektet tapasztalat tapasztalatot tapasztalatok tudás csere
szervezet szervezetek cég cégek intézmény intézmények város városi városok önkormányzat helyi regionális
nemzetközi európai új további tevékenység tevékenységek program programok terület területen év évek
például támogatás támogatást érdeklődés lehetőség lehetőségek valamint
colleague colleagues kollege kollegen kollegin kolleginnen coleg colegi colegă colege kolléga kollégák kollégáink
schon solche solchen eigene eigenen eigener durchführen durchgeführt gerne gern bereits dabei darüber sowohl
etwa einige einigen vielen viele mehrere ersten zweiten letzten jeweils hierfür deshalb außerdem zudem
must should could may often many several first second last each every well very currently already
additional other various specific related further
fiecare foarte multe mulți câteva primul prima ultimul deja acum astfel atât precum totodată respectiv
mindez mindezt létrehoz létrehozni több első második utolsó minden nagyon sok már jelenleg továbbá emellett
`;

/**
 * Keys of word families that are generic in every form a cognate stem covers: partner, partnership,
 * Partnerschaft, parteneriat; project, Projektträger, proiectul; Europe, european, Europäische.
 * Only families with no topical member are listed ("~cooper" would also drop energy cooperatives).
 */
export const genericKeys: ReadonlySet<string> = new Set(['~partne', '~projec', '~proiec', '~europa', '~europe', '~colabo', '~intere', '~oportu']);

/** Each word without diacritics, also in evidence-terms' common spelling (kooperation → cooperation). */
export const genericWords: ReadonlySet<string> = new Set(
  words
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => stripDiacritics(w.toLowerCase()))
    .flatMap((w) => [w, commonSpelling(w)]),
);
