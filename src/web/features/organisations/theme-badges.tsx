import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { labelIn } from '../../lib/labels.ts';
import { useThemes } from './lookups-api.ts';
import { uiLanguage } from './language-options.ts';

/** Theme keys shown as labelled badges in the reader's language. */
export function ThemeBadges({ themes, max }: { themes: string[]; max?: number }) {
  const { t, i18n } = useTranslation();
  const catalogue = useThemes();
  if (!themes.length) return null;
  const label = (key: string) => labelIn(catalogue.data?.find((th) => th.key === key)?.labels, uiLanguage(i18n)) || key;
  const shown = max ? themes.slice(0, max) : themes;
  const hidden = themes.length - shown.length;
  return (
    <Group gap={6}>
      {shown.map((key) => (
        <Badge key={key} variant="outline" color="gray.7" tt="none" fw={500}>
          {label(key)}
        </Badge>
      ))}
      {hidden > 0 && (
        <Badge variant="transparent" color="gray.7" tt="none" fw={500}>
          {t('organisations.themesMore', { n: hidden })}
        </Badge>
      )}
    </Group>
  );
}
