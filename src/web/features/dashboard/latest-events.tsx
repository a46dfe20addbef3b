import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnershipSummary } from '../../../features/partnerships/partnerships.schemas.ts';
import { formatDate } from '../../lib/labels.ts';
import { chooseText } from '../../../shared/localised-text-choice.ts';
import { uiLanguage } from '../../lib/ui-language.ts';

export function LatestEvents({ events }: { events: PartnershipSummary['latestEvents'] }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  return (
    <Stack gap={4}>
      <Title order={4} fz="sm">
        {t('dashboard.card.latestEvents')}
      </Title>
      {events.length === 0 ? (
        <Text fz="sm" c="gray.7">
          {t('dashboard.card.noEvents')}
        </Text>
      ) : (
        <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
          {events.map((event) => {
            // A card has no room for the note: the lang attribute tells screen readers, the page says more.
            const title = chooseText(event.title, event.originalLang, lang);
            return (
              <li key={event.id}>
                <Text fz="sm">
                  <Text component="time" dateTime={event.occurredOn} fz="sm" fw={600}>
                    {formatDate(event.occurredOn, lang)}
                  </Text>
                  {' · '}
                  <span lang={title?.lang}>{title?.text}</span>{' '}
                  <Text component="span" fz="xs" c="gray.7">
                    ({t(`partnerships.timelineKinds.${event.kind}`)})
                  </Text>
                </Text>
              </li>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
