import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CsvImport } from '../../../features/csv-import/csv-imports.schemas.ts';
import { DataTable } from '../../components/data-table.tsx';
import { PaperSection } from '../../components/paper-section.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { useCsvReport } from './imports-api.ts';
import { ProblemList } from './problem-list.tsx';

/** The validation report: the problems kept (the first 1,000), and a CSV download of them. */
export function ProblemTable({ job }: { job: CsvImport }) {
  const { t } = useTranslation();
  const report = useCsvReport(job.id, job);
  const skipped = job.outcome === 'imported' && job.skipInvalid;
  return (
    <PaperSection id="import-report" title={t(skipped ? 'imports.report.skippedTitle' : 'imports.report.title')}>
      <QueryState query={report}>
        {(data) =>
          data.problems.length === 0 ? (
            <EmptyState title={t('imports.report.empty')} />
          ) : (
            <>
              <Text mb="sm">
                {t('imports.report.summary', { total: data.problemCount })} {data.truncated && t('imports.report.truncated', { shown: data.problems.length })}{' '}
                {data.problems.length > 200 && t('imports.report.firstShown', { shown: 200 })}{' '}
                <Anchor href={`/api/csv-imports/${job.id}/report.csv`} download>
                  {t('imports.report.download')}
                </Anchor>
              </Text>
              <DataTable
                label={t('imports.report.caption')}
                minWidth={640}
                columns={[t('imports.preview.line'), t('imports.report.column'), t('imports.report.problem')]}
              >
                {data.problems.slice(0, 200).map((p, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{p.row || '–'}</Table.Td>
                    <Table.Td>{p.column ?? '–'}</Table.Td>
                    <Table.Td>
                      <ProblemList problems={[p]} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </DataTable>
            </>
          )
        }
      </QueryState>
    </PaperSection>
  );
}
