import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntroductionContact } from '../../../features/introductions/introductions.schemas.ts';

/** A side's contact details, or why they are not shown (yet). */
export function IntroductionContacts({ contacts, revealed }: { contacts: IntroductionContact[] | null; revealed: boolean }) {
  const { t } = useTranslation();
  if (!contacts)
    return (
      <Text c="gray.7" fz="sm">
        {t('introductions.detail.contactsHidden')}
      </Text>
    );
  if (!contacts.length)
    return (
      <Text c="gray.7" fz="sm">
        {revealed ? t('introductions.detail.noContacts') : t('introductions.detail.contactsHidden')}
      </Text>
    );
  return (
    <List spacing={4} size="sm" aria-label={t('introductions.detail.contacts')}>
      {contacts.map((c, i) => (
        <List.Item key={`${c.name}-${i}`}>
          <Text span fw={600}>
            {c.name}
          </Text>
          {c.roleTitle && <Text span> ({c.roleTitle})</Text>}
          {c.email && (
            <>
              {' · '}
              <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor>
            </>
          )}
          {c.phone && (
            <>
              {' · '}
              <Anchor href={`tel:${c.phone.replace(/\s+/g, '')}`}>{c.phone}</Anchor>
            </>
          )}
        </List.Item>
      ))}
    </List>
  );
}
