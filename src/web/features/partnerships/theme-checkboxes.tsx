import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state.tsx';
import { labelIn } from '../../lib/labels.ts';
import { useThemes } from '../../lib/lookups-api.ts';
import { uiLanguage } from '../../lib/ui-language.ts';

/** All themes of the catalogue as a labelled group of checkboxes, in catalogue order. */
export function ThemeCheckboxes({ value, onChange, error }: { value: string[]; onChange: (v: string[]) => void; error?: string }) {
  const { t, i18n } = useTranslation();
  const themes = useThemes();
  const lang = uiLanguage(i18n);
  return (
    <QueryState query={themes}>
      {(list) => (
        <Checkbox.Group label={t('partnerships.fields.themes')} value={value} onChange={onChange} error={error}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
            {[...list]
              .sort((a, b) => a.sortOrder - b.sortOrder)
              .map((theme) => (
                <Checkbox key={theme.key} value={theme.key} label={labelIn(theme.labels, lang)} />
              ))}
          </SimpleGrid>
        </Checkbox.Group>
      )}
    </QueryState>
  );
}
