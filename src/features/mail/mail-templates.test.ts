import { describe, expect, it } from 'vitest';
import { uiLocales } from '../../shared/locales.ts';
import { expiryReminderMail, invitationMail, passwordResetMail, pickMailLocale } from './mail-templates.ts';

const link = 'https://pontis.example.org/invitations/accept?token=abc_DEF-123';

describe('mail templates', () => {
  it('writes every mail in every interface language, each with its link', () => {
    const subjects = new Set<string>();
    for (const locale of uiLocales) {
      const invitation = invitationMail(locale, { link, inviterName: 'Ana Pop', role: 'coordinator', cityName: 'Cluj-Napoca', organisationName: null });
      const reset = passwordResetMail(locale, { link: 'https://pontis.example.org/reset-password?token=xyz' });
      expect(invitation.text).toContain(link);
      expect(invitation.text).toContain('Ana Pop');
      expect(invitation.text).toContain('Cluj-Napoca');
      expect(reset.text).toContain('https://pontis.example.org/reset-password?token=xyz');
      subjects.add(invitation.subject).add(reset.subject);
    }
    expect(subjects.size).toBe(uiLocales.length * 2);
  });

  it('writes Romanian with comma-below ș and ț, not the cedilla forms', () => {
    const ro = invitationMail('ro', { link, inviterName: null, role: 'org-editor', cityName: 'Cluj-Napoca', organisationName: 'Primăria' });
    expect(ro.subject).toBe('Invitația dumneavoastră la Pontis');
    expect(ro.text).toMatch(/ș/);
    expect(ro.text).toMatch(/ț/);
    expect(ro.text + ro.subject).not.toMatch(/[şţŞŢ]/);
    expect(passwordResetMail('ro', { link }).text).toContain('deschideți');
  });

  it('chooses the language by its base tag and falls back to English', () => {
    expect(pickMailLocale('ro-RO')).toBe('ro');
    expect(pickMailLocale('HU')).toBe('hu');
    expect(pickMailLocale('fr')).toBe('en');
    expect(pickMailLocale(null)).toBe('en');
    expect(invitationMail('de', { link, inviterName: null, role: 'member', cityName: null, organisationName: null }).subject).toBe('Ihre Einladung zu Pontis');
    expect(passwordResetMail('xx', { link }).subject).toBe('Reset your Pontis password');
  });
});

describe('expiry reminder mail', () => {
  const params = {
    link: 'https://pontis.example.org/organisations/tu-dortmund',
    organisationName: 'TU Dortmund',
    items: [
      { direction: 'offer' as const, title: 'Smart grids', validUntil: '2027-03-31' },
      { direction: 'request' as const, title: 'Pilot district', validUntil: '2027-04-02' },
    ],
  };

  it('lists every expiring item with its date and links to the organisation in every language', () => {
    const subjects = new Set<string>();
    for (const locale of uiLocales) {
      const mail = expiryReminderMail(locale, params);
      expect(mail.text).toContain(params.link);
      expect(mail.text).toContain('Smart grids (2027-03-31)');
      expect(mail.text).toContain('Pilot district (2027-04-02)');
      expect(mail.subject).toContain('TU Dortmund');
      subjects.add(mail.subject);
    }
    expect(subjects.size).toBe(uiLocales.length);
    const ro = expiryReminderMail('ro-RO', params);
    expect(ro.text).toContain('Ofertă: Smart grids');
    expect(ro.text + ro.subject).not.toMatch(/[şţŞŢ]/);
    expect(expiryReminderMail('fr', params).text).toContain('Offer: Smart grids');
  });
});
