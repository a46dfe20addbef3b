import { Badge, Group, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnershipKind, PartnershipStatus } from '../../features/partnerships/partnerships.schemas.ts';

// The dot only decorates: the status is always spelled out, so colour never carries meaning alone.
const statusColours: Record<PartnershipStatus, string> = {
  proposed: 'yellow',
  'agreement-signed': 'blue',
  active: 'green',
  dormant: 'gray',
  ended: 'dark',
};

export function PartnershipBadges({ kind, status }: { kind: PartnershipKind; status: PartnershipStatus }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Badge variant="light" color="gray" tt="none">
        {t(`partnerships.kinds.${kind}`)}
      </Badge>
      <Badge variant="dot" color={statusColours[status]} tt="none">
        <VisuallyHidden>{t('partnerships.fields.status')}: </VisuallyHidden>
        {t(`partnerships.statuses.${status}`)}
      </Badge>
    </Group>
  );
}
