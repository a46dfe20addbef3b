import type { Role } from '../../shared/roles.ts';
import { uiLocales, type UiLocale } from '../../shared/locales.ts';

export interface MailContent {
  subject: string;
  text: string;
}

export interface InvitationMailParams {
  link: string;
  /** Who sent the invitation; null when the system did (CLI, import). */
  inviterName: string | null;
  role: Role;
  cityName: string | null;
  organisationName: string | null;
}

export interface PasswordResetMailParams {
  link: string;
}

/** "ro-RO", "RO" and "ro" all choose Romanian; anything Pontis does not speak falls back to English. */
export function pickMailLocale(locale: string | null | undefined): UiLocale {
  const base = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (uiLocales as readonly string[]).includes(base) ? (base as UiLocale) : 'en';
}

const roleLabels: Record<UiLocale, Record<Role, string>> = {
  de: { admin: 'Administration der Plattform', coordinator: 'Koordination einer Stadt', 'org-editor': 'Redaktion einer Organisation', member: 'Mitglied' },
  ro: { admin: 'administrator al platformei', coordinator: 'coordonator al unui oraș', 'org-editor': 'editor al unei organizații', member: 'membru' },
  en: { admin: 'platform administrator', coordinator: 'city coordinator', 'org-editor': 'organisation editor', member: 'member' },
  hu: { admin: 'a platform adminisztrátora', coordinator: 'városi koordinátor', 'org-editor': 'szervezeti szerkesztő', member: 'tag' },
};

const scopeLabels: Record<UiLocale, { city: string; organisation: string }> = {
  de: { city: 'Stadt', organisation: 'Organisation' },
  ro: { city: 'Oraș', organisation: 'Organizație' },
  en: { city: 'City', organisation: 'Organisation' },
  hu: { city: 'Város', organisation: 'Szervezet' },
};

function scopeLines(locale: UiLocale, p: InvitationMailParams): string {
  const labels = scopeLabels[locale];
  const lines = [p.cityName ? `${labels.city}: ${p.cityName}` : null, p.organisationName ? `${labels.organisation}: ${p.organisationName}` : null].filter(
    Boolean,
  );
  return lines.length ? `\n${lines.join('\n')}` : '';
}

const invitation: Record<UiLocale, (p: InvitationMailParams, role: string, scope: string) => MailContent> = {
  de: (p, role, scope) => ({
    subject: 'Ihre Einladung zu Pontis',
    text: `Guten Tag,

${p.inviterName ? `${p.inviterName} hat Sie` : 'Sie wurden'} zu Pontis eingeladen, der Plattform für Projektpartnerschaften zwischen Städten.

Ihre Rolle: ${role}${scope}

Um die Einladung anzunehmen und Ihr Passwort festzulegen, öffnen Sie diesen Link:
${p.link}

Der Link ist 7 Tage lang gültig. Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.

Pontis`,
  }),
  ro: (p, role, scope) => ({
    subject: 'Invitația dumneavoastră la Pontis',
    text: `Bună ziua,

${p.inviterName ? `${p.inviterName} v-a invitat` : 'Ați fost invitat(ă)'} pe Pontis, platforma pentru parteneriate de proiect între orașe.

Rolul dumneavoastră: ${role}${scope}

Pentru a accepta invitația și a vă alege parola, deschideți acest link:
${p.link}

Linkul este valabil 7 zile. Dacă nu vă așteptați la această invitație, puteți ignora acest e-mail.

Pontis`,
  }),
  en: (p, role, scope) => ({
    subject: 'Your invitation to Pontis',
    text: `Hello,

${p.inviterName ? `${p.inviterName} has invited you` : 'You have been invited'} to Pontis, the platform for project partnerships between cities.

Your role: ${role}${scope}

To accept the invitation and choose your password, open this link:
${p.link}

The link is valid for 7 days. If you did not expect this invitation, you can ignore this e-mail.

Pontis`,
  }),
  hu: (p, role, scope) => ({
    subject: 'Meghívó a Pontis platformra',
    text: `Jó napot kívánunk!

${p.inviterName ? `${p.inviterName} meghívta Önt` : 'Meghívást kapott'} a Pontis platformra, amely a városok közötti projektpartnerségeket segíti.

Az Ön szerepköre: ${role}${scope}

A meghívás elfogadásához és jelszava megadásához nyissa meg ezt a linket:
${p.link}

A link 7 napig érvényes. Ha nem számított erre a meghívásra, nyugodtan hagyja figyelmen kívül ezt az e-mailt.

Pontis`,
  }),
};

const passwordReset: Record<UiLocale, (p: PasswordResetMailParams) => MailContent> = {
  de: (p) => ({
    subject: 'Passwort für Pontis zurücksetzen',
    text: `Guten Tag,

jemand (hoffentlich Sie) hat beantragt, das Passwort Ihres Pontis-Kontos zurückzusetzen.

Um ein neues Passwort festzulegen, öffnen Sie diesen Link:
${p.link}

Der Link ist eine Stunde lang gültig und kann nur einmal verwendet werden. Wenn Sie das nicht beantragt haben, können Sie diese E-Mail ignorieren; Ihr Passwort bleibt unverändert.

Pontis`,
  }),
  ro: (p) => ({
    subject: 'Resetarea parolei Pontis',
    text: `Bună ziua,

cineva (sperăm că dumneavoastră) a cerut resetarea parolei contului dumneavoastră Pontis.

Pentru a alege o parolă nouă, deschideți acest link:
${p.link}

Linkul este valabil o oră și poate fi folosit o singură dată. Dacă nu ați cerut acest lucru, puteți ignora acest e-mail; parola dumneavoastră rămâne neschimbată.

Pontis`,
  }),
  en: (p) => ({
    subject: 'Reset your Pontis password',
    text: `Hello,

someone (hopefully you) asked to reset the password of your Pontis account.

To choose a new password, open this link:
${p.link}

The link is valid for one hour and can be used only once. If you did not ask for this, you can ignore this e-mail; your password stays unchanged.

Pontis`,
  }),
  hu: (p) => ({
    subject: 'Pontis-jelszó visszaállítása',
    text: `Jó napot kívánunk!

Valaki (remélhetőleg Ön) kérte Pontis-fiókja jelszavának visszaállítását.

Új jelszó megadásához nyissa meg ezt a linket:
${p.link}

A link egy óráig érvényes, és csak egyszer használható. Ha nem Ön kérte, nyugodtan hagyja figyelmen kívül ezt az e-mailt; jelszava változatlan marad.

Pontis`,
  }),
};

export function invitationMail(locale: string | null | undefined, params: InvitationMailParams): MailContent {
  const l = pickMailLocale(locale);
  return invitation[l](params, roleLabels[l][params.role], scopeLines(l, params));
}

export function passwordResetMail(locale: string | null | undefined, params: PasswordResetMailParams): MailContent {
  return passwordReset[pickMailLocale(locale)](params);
}

export interface ExpiryReminderMailParams {
  /** The organisation page, where each item can be renewed in one click. */
  link: string;
  organisationName: string;
  items: { direction: 'offer' | 'request'; title: string; validUntil: string }[];
}

const directionLabels: Record<UiLocale, Record<'offer' | 'request', string>> = {
  de: { offer: 'Angebot', request: 'Gesuch' },
  ro: { offer: 'Ofertă', request: 'Cerere' },
  en: { offer: 'Offer', request: 'Request' },
  hu: { offer: 'Ajánlat', request: 'Igény' },
};

const itemLines = (locale: UiLocale, p: ExpiryReminderMailParams) =>
  p.items.map((i) => `- ${directionLabels[locale][i.direction]}: ${i.title} (${i.validUntil})`).join('\n');

const expiryReminder: Record<UiLocale, (p: ExpiryReminderMailParams, items: string) => MailContent> = {
  de: (p, items) => ({
    subject: `Pontis: Angebote und Gesuche von ${p.organisationName} laufen bald ab`,
    text: `Guten Tag,

folgende Einträge von ${p.organisationName} laufen bald ab (gültig bis):
${items}

Abgelaufene Einträge erscheinen nicht mehr in Suche und Vermittlung. Um einen Eintrag zu verlängern, öffnen Sie die Seite der Organisation und wählen Sie „Verlängern“:
${p.link}

Pontis`,
  }),
  ro: (p, items) => ({
    subject: `Pontis: ofertele și cererile ${p.organisationName} expiră în curând`,
    text: `Bună ziua,

următoarele înregistrări ale ${p.organisationName} expiră în curând (valabile până la):
${items}

Înregistrările expirate nu mai apar în căutare și în potrivirea partenerilor. Pentru a prelungi o înregistrare, deschideți pagina organizației și alegeți „Prelungește”:
${p.link}

Pontis`,
  }),
  en: (p, items) => ({
    subject: `Pontis: offers and requests of ${p.organisationName} expire soon`,
    text: `Hello,

these entries of ${p.organisationName} expire soon (valid until):
${items}

Expired entries no longer appear in search and matching. To renew an entry, open the organisation's page and choose "Renew":
${p.link}

Pontis`,
  }),
  hu: (p, items) => ({
    subject: `Pontis: ${p.organisationName} ajánlatai és igényei hamarosan lejárnak`,
    text: `Jó napot kívánunk!

${p.organisationName} alábbi bejegyzései hamarosan lejárnak (érvényes eddig):
${items}

A lejárt bejegyzések nem jelennek meg a keresésben és a partnerkeresésben. Egy bejegyzés meghosszabbításához nyissa meg a szervezet oldalát, és válassza a „Meghosszabbítás” lehetőséget:
${p.link}

Pontis`,
  }),
};

export function expiryReminderMail(locale: string | null | undefined, params: ExpiryReminderMailParams): MailContent {
  const l = pickMailLocale(locale);
  return expiryReminder[l](params, itemLines(l, params));
}

export interface ReviewDecisionMailParams {
  decision: 'approved' | 'returned';
  organisationName: string;
  direction: 'offer' | 'request';
  title: string;
  /** The coordinator's comment on a returned item. */
  comment: string | null;
  /** The organisation page (approved) or its editor (returned). */
  link: string;
}

const reviewDecision: Record<UiLocale, (p: ReviewDecisionMailParams, theItem: string) => MailContent> = {
  de: (p, item) =>
    p.decision === 'approved'
      ? {
          subject: `Pontis: „${p.title}“ ist freigegeben`,
          text: `Guten Tag,\n\n${item} „${p.title}“ von ${p.organisationName} wurde von der Koordination geprüft und freigegeben. Es ist jetzt öffentlich und für die Partnerstadt sichtbar:\n${p.link}\n\nPontis`,
        }
      : {
          subject: `Pontis: „${p.title}“ wurde zur Überarbeitung zurückgegeben`,
          text: `Guten Tag,\n\n${item} „${p.title}“ von ${p.organisationName} wurde von der Koordination mit diesem Kommentar zurückgegeben:\n\n${p.comment ?? ''}\n\nBitte überarbeiten Sie den Eintrag und reichen Sie ihn erneut ein:\n${p.link}\n\nPontis`,
        },
  ro: (p, item) =>
    p.decision === 'approved'
      ? {
          subject: `Pontis: „${p.title}” a fost aprobată`,
          text: `Bună ziua,\n\n${item} „${p.title}” de la ${p.organisationName} a fost verificată și aprobată de coordonare. Acum este publică și vizibilă pentru orașul partener:\n${p.link}\n\nPontis`,
        }
      : {
          subject: `Pontis: „${p.title}” a fost trimisă înapoi pentru revizuire`,
          text: `Bună ziua,\n\n${item} „${p.title}” de la ${p.organisationName} a fost trimisă înapoi de coordonare cu acest comentariu:\n\n${p.comment ?? ''}\n\nVă rugăm să revizuiți înregistrarea și să o trimiteți din nou:\n${p.link}\n\nPontis`,
        },
  en: (p, item) =>
    p.decision === 'approved'
      ? {
          subject: `Pontis: "${p.title}" is approved`,
          text: `Hello,\n\n${item} "${p.title}" of ${p.organisationName} was reviewed and approved by the coordinators. It is now public and visible to the partner city:\n${p.link}\n\nPontis`,
        }
      : {
          subject: `Pontis: "${p.title}" was sent back for changes`,
          text: `Hello,\n\n${item} "${p.title}" of ${p.organisationName} was sent back by the coordinators with this comment:\n\n${p.comment ?? ''}\n\nPlease revise the entry and submit it again:\n${p.link}\n\nPontis`,
        },
  hu: (p, item) =>
    p.decision === 'approved'
      ? {
          subject: `Pontis: „${p.title}” jóváhagyva`,
          text: `Jó napot kívánunk!\n\n${p.organisationName} „${p.title}” című bejegyzését (${item}) a koordinátorok ellenőrizték és jóváhagyták. Mostantól nyilvános, és a partnerváros is látja:\n${p.link}\n\nPontis`,
        }
      : {
          subject: `Pontis: „${p.title}” átdolgozásra visszaküldve`,
          text: `Jó napot kívánunk!\n\nA koordinátorok ${p.organisationName} „${p.title}” című bejegyzését (${item}) ezzel a megjegyzéssel küldték vissza:\n\n${p.comment ?? ''}\n\nKérjük, dolgozza át a bejegyzést, és küldje be újra:\n${p.link}\n\nPontis`,
        },
};

/** "The offer" / "the request" with the article each language needs at the start of a sentence. */
const theItem: Record<UiLocale, Record<'offer' | 'request', string>> = {
  de: { offer: 'Das Angebot', request: 'Das Gesuch' },
  ro: { offer: 'Oferta', request: 'Cererea' },
  en: { offer: 'The offer', request: 'The request' },
  hu: { offer: 'ajánlat', request: 'igény' },
};

/** Tells the editor who submitted an offer or request what the coordinator decided. */
export function reviewDecisionMail(locale: string | null | undefined, params: ReviewDecisionMailParams): MailContent {
  const l = pickMailLocale(locale);
  return reviewDecision[l](params, theItem[l][params.direction]);
}

// ---- Introductions (issue 4): partner-blind until both sides accepted, so request, reminder and
// decline mails carry organisation names and the message only, never a person's name or e-mail.

export interface IntroductionRequestMailParams {
  /** The introduction's page in Pontis, where it is accepted or declined. */
  link: string;
  fromName: string;
  fromCity: string;
  toName: string;
  toCity: string;
  message: string;
  /** A coordinator brokered it: both organisations are asked. */
  brokered: boolean;
  /** The offer or request it is about, if any. */
  itemTitle: string | null;
}

const quote = (text: string) =>
  text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');

const introductionRequest: Record<UiLocale, (p: IntroductionRequestMailParams) => MailContent> = {
  de: (p) => ({
    subject: p.brokered
      ? `Pontis: Vorschlag der Koordination – ${p.fromName} und ${p.toName} kennenlernen`
      : `Pontis: ${p.fromName} (${p.fromCity}) bittet um eine Vorstellung`,
    text: `Guten Tag,

${p.brokered ? `die Koordination schlägt vor, ${p.fromName} (${p.fromCity}) und ${p.toName} (${p.toCity}) miteinander bekannt zu machen.` : `${p.fromName} (${p.fromCity}) möchte ${p.toName} kennenlernen.`}${p.itemTitle ? `\nEs geht um: ${p.itemTitle}` : ''}

Nachricht:
${quote(p.message)}

Kontaktdaten werden erst ausgetauscht, wenn beide Seiten zugestimmt haben. Annehmen oder ablehnen:
${p.link}

Pontis`,
  }),
  ro: (p) => ({
    subject: p.brokered
      ? `Pontis: propunere a coordonării – ${p.fromName} și ${p.toName} să se cunoască`
      : `Pontis: ${p.fromName} (${p.fromCity}) solicită o prezentare`,
    text: `Bună ziua,

${p.brokered ? `coordonarea propune ca ${p.fromName} (${p.fromCity}) și ${p.toName} (${p.toCity}) să fie puse în legătură.` : `${p.fromName} (${p.fromCity}) dorește să cunoască ${p.toName}.`}${p.itemTitle ? `\nSubiect: ${p.itemTitle}` : ''}

Mesaj:
${quote(p.message)}

Datele de contact se schimbă numai după ce ambele părți au acceptat. Acceptați sau refuzați aici:
${p.link}

Pontis`,
  }),
  en: (p) => ({
    subject: p.brokered
      ? `Pontis: the coordinators suggest ${p.fromName} and ${p.toName} meet`
      : `Pontis: ${p.fromName} (${p.fromCity}) asks for an introduction`,
    text: `Hello,

${p.brokered ? `the coordinators suggest introducing ${p.fromName} (${p.fromCity}) and ${p.toName} (${p.toCity}) to each other.` : `${p.fromName} (${p.fromCity}) would like to get to know ${p.toName}.`}${p.itemTitle ? `\nAbout: ${p.itemTitle}` : ''}

Message:
${quote(p.message)}

Contact details are shared only once both sides have accepted. Accept or decline here:
${p.link}

Pontis`,
  }),
  hu: (p) => ({
    subject: p.brokered
      ? `Pontis: a koordinátorok bemutatnák egymásnak: ${p.fromName} és ${p.toName}`
      : `Pontis: ${p.fromName} (${p.fromCity}) bemutatkozást kér`,
    text: `Jó napot kívánunk!

${p.brokered ? `A koordinátorok javasolják, hogy ${p.fromName} (${p.fromCity}) és ${p.toName} (${p.toCity}) megismerje egymást.` : `${p.fromName} (${p.fromCity}) szeretné megismerni ezt a szervezetet: ${p.toName}.`}${p.itemTitle ? `\nTárgy: ${p.itemTitle}` : ''}

Üzenet:
${quote(p.message)}

Az elérhetőségeket csak akkor osztjuk meg, ha mindkét fél elfogadta. Elfogadás vagy elutasítás:
${p.link}

Pontis`,
  }),
};

export function introductionRequestMail(locale: string | null | undefined, params: IntroductionRequestMailParams): MailContent {
  return introductionRequest[pickMailLocale(locale)](params);
}

/** A reminder is the request again, with a line saying it is still unanswered. */
const reminderLead: Record<UiLocale, (days: number) => string> = {
  de: (days) => `Erinnerung: Diese Anfrage wartet seit ${days} Tagen auf Ihre Antwort.`,
  ro: (days) => `Memento: această solicitare așteaptă răspunsul dumneavoastră de ${days} zile.`,
  en: (days) => `Reminder: this request has been waiting for your answer for ${days} days.`,
  hu: (days) => `Emlékeztető: ez a kérés ${days} napja várja a válaszát.`,
};
const reminderSubject: Record<UiLocale, string> = { de: 'Erinnerung', ro: 'Memento', en: 'Reminder', hu: 'Emlékeztető' };

export function introductionReminderMail(locale: string | null | undefined, params: IntroductionRequestMailParams & { waitingDays: number }): MailContent {
  const l = pickMailLocale(locale);
  const mail = introductionRequest[l](params);
  return { subject: `${reminderSubject[l]} – ${mail.subject}`, text: `${reminderLead[l](params.waitingDays)}\n\n${mail.text}` };
}

export interface IntroductionAcceptedMailParams {
  link: string;
  /** The recipient's organisation and the other one. */
  ownName: string;
  otherName: string;
  otherCity: string;
  /** The other side's contact details, now revealed. */
  contacts: { name: string; email: string | null; phone: string | null; roleTitle: string | null }[];
}

const contactLines = (p: IntroductionAcceptedMailParams, none: string) =>
  p.contacts.length
    ? p.contacts.map((c) => `- ${c.name}${c.roleTitle ? ` (${c.roleTitle})` : ''}${c.email ? `, ${c.email}` : ''}${c.phone ? `, ${c.phone}` : ''}`).join('\n')
    : none;

const introductionAccepted: Record<UiLocale, (p: IntroductionAcceptedMailParams) => MailContent> = {
  de: (p) => ({
    subject: `Pontis: ${p.ownName} und ${p.otherName} sind einander vorgestellt`,
    text: `Guten Tag,

beide Seiten haben zugestimmt: ${p.ownName} und ${p.otherName} (${p.otherCity}) sind einander vorgestellt.

Kontakt bei ${p.otherName}:
${contactLines(p, '- (keine Kontaktperson freigegeben)')}

Wenn Sie sich getroffen haben oder zusammenarbeiten, halten Sie es hier fest:
${p.link}

Pontis`,
  }),
  ro: (p) => ({
    subject: `Pontis: ${p.ownName} și ${p.otherName} au fost puse în legătură`,
    text: `Bună ziua,

ambele părți au acceptat: ${p.ownName} și ${p.otherName} (${p.otherCity}) au fost puse în legătură.

Persoane de contact la ${p.otherName}:
${contactLines(p, '- (nicio persoană de contact publicată)')}

După ce v-ați întâlnit sau colaborați, notați acest lucru aici:
${p.link}

Pontis`,
  }),
  en: (p) => ({
    subject: `Pontis: ${p.ownName} and ${p.otherName} are introduced`,
    text: `Hello,

both sides have accepted: ${p.ownName} and ${p.otherName} (${p.otherCity}) are introduced.

Contacts at ${p.otherName}:
${contactLines(p, '- (no contact person shared)')}

Once you have met or work together, record it here:
${p.link}

Pontis`,
  }),
  hu: (p) => ({
    subject: `Pontis: ${p.ownName} és ${p.otherName} bemutatkozott egymásnak`,
    text: `Jó napot kívánunk!

Mindkét fél elfogadta: ${p.ownName} és ${p.otherName} (${p.otherCity}) bemutatkozott egymásnak.

Kapcsolattartók – ${p.otherName}:
${contactLines(p, '- (nincs megosztott kapcsolattartó)')}

Ha találkoztak vagy együttműködnek, itt rögzíthetik:
${p.link}

Pontis`,
  }),
};

export function introductionAcceptedMail(locale: string | null | undefined, params: IntroductionAcceptedMailParams): MailContent {
  return introductionAccepted[pickMailLocale(locale)](params);
}

export interface IntroductionDeclinedMailParams {
  link: string;
  /** The organisation that declined, and the other one. */
  declinedByName: string;
  otherName: string;
  reason: string | null;
}

const introductionDeclined: Record<UiLocale, (p: IntroductionDeclinedMailParams) => MailContent> = {
  de: (p) => ({
    subject: `Pontis: ${p.declinedByName} hat die Vorstellung abgelehnt`,
    text: `Guten Tag,

${p.declinedByName} hat die Vorstellung mit ${p.otherName} abgelehnt.${p.reason ? `\n\nBegründung:\n${quote(p.reason)}` : ''}

${p.link}

Pontis`,
  }),
  ro: (p) => ({
    subject: `Pontis: ${p.declinedByName} a refuzat prezentarea`,
    text: `Bună ziua,

${p.declinedByName} a refuzat prezentarea cu ${p.otherName}.${p.reason ? `\n\nMotiv:\n${quote(p.reason)}` : ''}

${p.link}

Pontis`,
  }),
  en: (p) => ({
    subject: `Pontis: ${p.declinedByName} declined the introduction`,
    text: `Hello,

${p.declinedByName} declined the introduction to ${p.otherName}.${p.reason ? `\n\nReason:\n${quote(p.reason)}` : ''}

${p.link}

Pontis`,
  }),
  hu: (p) => ({
    subject: `Pontis: ${p.declinedByName} elutasította a bemutatkozást`,
    text: `Jó napot kívánunk!

${p.declinedByName} elutasította a bemutatkozást ezzel a szervezettel: ${p.otherName}.${p.reason ? `\n\nIndoklás:\n${quote(p.reason)}` : ''}

${p.link}

Pontis`,
  }),
};

export function introductionDeclinedMail(locale: string | null | undefined, params: IntroductionDeclinedMailParams): MailContent {
  return introductionDeclined[pickMailLocale(locale)](params);
}
