import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvRowProblem } from '../../../features/csv-import/csv-imports.schemas.ts';

/** A row's problems: what is wrong in the reader's language, with the detail the server gives (value, line). */
export function ProblemList({ problems }: { problems: CsvRowProblem[] }) {
  const { t } = useTranslation();
  return (
    <List size="sm" spacing={2}>
      {problems.map((p, i) => (
        <List.Item key={i}>
          <Text span fw={600} fz="sm">
            {p.field === 'row' ? t('imports.report.wholeRow') : t(`imports.fields.${p.field}`)}:
          </Text>{' '}
          <Text span fz="sm">
            {t(`imports.rules.${p.rule}`, { defaultValue: t('imports.rules.invalid') })}
          </Text>{' '}
          <Text span fz="sm" c="gray.7">
            ({p.message})
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
