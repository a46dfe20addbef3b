import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Office {
  name: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
}

export const isEmptyOffice = (office: Office) => !office.name && !office.address && !office.email && !office.phone;

/** A coordinating office's name, address, e-mail and phone, as far as they are recorded. */
export function OfficeContact({ office }: { office: Office }) {
  const { t } = useTranslation();
  return (
    <>
      {office.name && <Text fw={600}>{office.name}</Text>}
      {office.address && (
        <Text component="address" fz="sm" fs="normal" style={{ whiteSpace: 'pre-line' }}>
          {office.address}
        </Text>
      )}
      {office.email && (
        <Text fz="sm">
          {t('common.contact.email')}: <Anchor href={`mailto:${office.email}`}>{office.email}</Anchor>
        </Text>
      )}
      {office.phone && (
        <Text fz="sm">
          {t('common.contact.phone')}: <Anchor href={`tel:${office.phone.replace(/[^\d+]/g, '')}`}>{office.phone}</Anchor>
        </Text>
      )}
    </>
  );
}
