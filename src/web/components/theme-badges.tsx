import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { labelIn } from '../lib/labels.ts';
import { useThemes } from '../lib/lookups-api.ts';
import { uiLanguage } from '../lib/ui-language.ts';

const looks = {
  light: { variant: 'light', color: 'indigo' },
  outline: { variant: 'outline', color: 'gray.7' },
} as const;

interface Props {
  themes: string[];
  /** Shows this many and "+n more" for the rest. */
  max?: number;
  /** Said when there are no themes; without it, nothing is shown. */
  emptyText?: string;
  variant?: keyof typeof looks;
}

/** Theme keys as a list of badges labelled in the reader's language; an unknown key is shown as it is. */
export function ThemeBadges({ themes, max, emptyText, variant = 'light' }: Props) {
  const { t, i18n } = useTranslation();
  const catalogue = useThemes();
  if (!themes.length) {
    return emptyText ? (
      <Text c="gray.7" fz="sm">
        {emptyText}
      </Text>
    ) : null;
  }
  const label = (key: string) => labelIn(catalogue.data?.find((th) => th.key === key)?.labels, uiLanguage(i18n)) || key;
  const shown = max ? themes.slice(0, max) : themes;
  const hidden = themes.length - shown.length;
  const look = looks[variant];
  return (
    <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {shown.map((key) => (
        <li key={key}>
          <Badge {...look} tt="none" fw={500}>
            {label(key)}
          </Badge>
        </li>
      ))}
      {hidden > 0 && (
        <li>
          <Badge variant="transparent" color="gray.7" tt="none" fw={500}>
            {t('common.themesMore', { n: hidden })}
          </Badge>
        </li>
      )}
    </Group>
  );
}
