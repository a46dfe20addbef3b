import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { labelIn } from '../../lib/labels.ts';
import { useThemes } from './partnerships-api.ts';

/** Theme labels in the reader's language; an unknown key is shown as it is rather than hidden. */
export function useThemeLabel() {
  const { i18n } = useTranslation();
  const themes = useThemes();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (key: string) => {
    const theme = themes.data?.find((th) => th.key === key);
    return theme ? labelIn(theme.labels, lang) : key;
  };
}

export function ThemeBadges({ themes, emptyText }: { themes: string[]; emptyText?: string }) {
  const label = useThemeLabel();
  if (!themes.length) {
    return emptyText ? (
      <Text c="gray.7" fz="sm">
        {emptyText}
      </Text>
    ) : null;
  }
  return (
    <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {themes.map((key) => (
        <li key={key}>
          <Badge variant="light" color="indigo" tt="none" fw={500}>
            {label(key)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
