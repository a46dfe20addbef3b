import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnershipSummary } from '../../../features/partnerships/partnerships.schemas.ts';
import { uiLanguage } from '../../lib/ui-language.ts';

export function PartnershipCounts({ counts }: { counts: PartnershipSummary['counts'] }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => new Intl.NumberFormat(uiLanguage(i18n)).format(n);
  const items = [
    { label: t('dashboard.counts.agreements'), value: counts.agreements },
    { label: t('dashboard.counts.timelineEvents'), value: counts.timelineEvents },
    { label: t('dashboard.counts.organisations'), value: counts.organisations },
  ];
  return (
    <SimpleGrid cols={3} spacing="xs" component="dl" m={0}>
      {items.map((item) => (
        <div key={item.label} style={{ display: 'flex', flexDirection: 'column-reverse' }}>
          <Text component="dt" fz="xs" c="gray.7">
            {item.label}
          </Text>
          <Text component="dd" fz="xl" fw={700} m={0} c="indigo.9">
            {number(item.value)}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
