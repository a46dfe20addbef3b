import { Alert, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvImport } from '../../../features/csv-import/csv-imports.schemas.ts';
import { DataTable } from '../../components/data-table.tsx';
import { PaperSection } from '../../components/paper-section.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useCsvPreview } from './imports-api.ts';
import { ProblemList } from './problem-list.tsx';

/** The first rows of the file as the saved mapping reads them, each with its problems. */
export function PreviewTable({ job }: { job: CsvImport }) {
  const { t } = useTranslation();
  const preview = useCsvPreview(job.id, job.version);
  return (
    <PaperSection id="import-preview" title={t('imports.preview.title')} intro={t('imports.preview.intro')}>
      <QueryState query={preview}>
        {(data) => (
          <>
            {data.mappingProblems.length > 0 && (
              <Alert color="orange" mb="sm" title={t('imports.preview.mappingIncomplete')} styles={{ title: { color: 'var(--mantine-color-black)' } }}>
                {data.mappingProblems.map((p) => t(`imports.fields.${p.field}`, { defaultValue: p.field })).join(', ')}
              </Alert>
            )}
            <DataTable
              label={t('imports.preview.caption')}
              minWidth={Math.max(640, 160 * (data.headers.length + 1))}
              columns={[t('imports.preview.line'), ...data.headers, t('imports.preview.check')]}
            >
              {data.rows.map((row) => (
                <Table.Tr key={row.row}>
                  <Table.Td>{row.row}</Table.Td>
                  {row.cells.map((cell, i) => (
                    <Table.Td key={i} style={{ maxWidth: 260, overflowWrap: 'anywhere' }}>
                      {cell.length > 120 ? `${cell.slice(0, 120)}…` : cell}
                    </Table.Td>
                  ))}
                  <Table.Td>{row.problems.length ? <ProblemList problems={row.problems} /> : <Text fz="sm">{t('imports.preview.ok')}</Text>}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          </>
        )}
      </QueryState>
    </PaperSection>
  );
}
