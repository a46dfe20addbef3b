import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../lib/date-format.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { Link } from 'react-router';
import type { IntroductionSummary } from '../../../features/introductions/introductions.schemas.ts';
import { IntroductionStatusBadge } from './introduction-badges.tsx';

/** Introductions as cards: who and whom, status, unread and "waits for you" marks; each links to its page. */
export function IntroductionList({ items }: { items: IntroductionSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((i) => (
        <Paper key={i.id} component="li" withBorder p="sm" radius="md">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/introductions/${i.id}`} fw={i.unread ? 700 : 500}>
                {t('introductions.list.pair', { from: i.from.organisation.name, to: i.to.organisation.name })}
              </Anchor>
              <Text fz="sm" c="gray.7">
                {i.from.organisation.city.name} → {i.to.organisation.city.name} · {formatDay(i.updatedAt, uiLanguage(i18n))}
                {i.brokered ? ` · ${t('introductions.list.brokered')}` : ''}
                {i.item ? ` · ${i.item.title}` : ''}
              </Text>
            </div>
            <Group gap="xs">
              {i.unread && (
                <Badge color="blue.9" size="sm">
                  {t('introductions.list.unread')}
                </Badge>
              )}
              {i.awaitingYou && (
                <Badge color="orange" variant="light" c="gray.9" size="sm">
                  {t('introductions.list.awaitingYou')}
                </Badge>
              )}
              <IntroductionStatusBadge intro={i} />
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
