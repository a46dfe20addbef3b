import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { labelIn } from '../../lib/labels.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useConceptLabels } from './concepts-api.ts';

/** Confirmed taxonomy concepts, labelled in the reader's language (an unknown key shows as it is). */
export function ConceptBadges({ concepts }: { concepts: string[] }) {
  const { t, i18n } = useTranslation();
  const labels = useConceptLabels();
  if (!concepts.length) return null;
  return (
    <Group gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('organisations.concepts.listLabel')}>
      {concepts.map((key) => (
        <li key={key}>
          <Badge variant="light" color="teal" c="gray.9" tt="none" fw={500}>
            {labelIn(labels.data?.get(key)?.labels, uiLanguage(i18n)) || key}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
