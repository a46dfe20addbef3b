import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { City } from '../../../features/cities/cities.schemas.ts';
import { languageName } from '../../lib/intl-names.ts';
import { uiLanguage } from '../../lib/ui-language.ts';

/** Other names of the city: Klausenburg (German), Kolozsvár (Hungarian)… */
export function CityAliases({ aliases }: { aliases: City['aliases'] }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  if (!aliases.length) {
    return (
      <Text fz="sm" c="gray.7">
        {t('cities.aliases.none')}
      </Text>
    );
  }
  return (
    <Group component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {aliases.map((a, i) => (
        <Paper component="li" key={`${a.name}-${i}`} withBorder px="sm" py={4} radius="xl">
          <Text component="span" fz="sm" fw={600} lang={a.lang ?? undefined}>
            {a.name}
          </Text>
          <Text component="span" fz="xs" c="gray.7">
            {' · '}
            {a.lang ? languageName(a.lang, lang) : t('cities.aliases.anyLanguage')}
          </Text>
        </Paper>
      ))}
    </Group>
  );
}
