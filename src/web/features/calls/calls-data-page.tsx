import { Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallImportRun } from '../../../features/calls/calls.schemas.ts';
import { DataTable } from '../../components/data-table.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { RequireAbility } from '../../components/require-ability.tsx';
import { StatusBadge } from '../../components/status-badge.tsx';
import { SectionHeading } from '../../components/section-heading.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { formatDateTime } from '../../lib/date-format.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useCallImportRuns, useSyncCalls, useUploadCalls } from './calls-data-api.ts';
import { RunMessage } from './run-message.tsx';

const outcomeColour: Record<CallImportRun['outcome'], string> = {
  queued: 'grape',
  running: 'blue',
  done: 'green',
  'not-modified': 'gray',
  offline: 'yellow',
  failed: 'red',
  interrupted: 'orange',
};

/** Administrators: where the calls come from, the last runs, and "sync now" or a file upload. */
export function CallsDataPage() {
  return (
    <RequireAbility ability="manageCalls">
      <CallsData />
    </RequireAbility>
  );
}

function CallsData() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('calls.data.title'));
  const runs = useCallImportRuns();
  const sync = useSyncCalls();
  const upload = useUploadCalls();
  const [file, setFile] = useState<File | null>(null);
  const busy = sync.isPending || upload.isPending || runs.syncPending;

  return (
    <Stack gap="lg">
      <PageHeader title={t('calls.data.title')} intro={t('calls.data.intro')} />
      <Stack gap="xs">
        <SectionHeading id="calls-sync" title={t('calls.data.syncHeading')} />
        <Text size="sm">{t('calls.data.syncHelp')}</Text>
        <Group>
          <Button onClick={() => sync.mutate()} loading={sync.isPending} disabled={busy}>
            {t('calls.data.syncNow')}
          </Button>
        </Group>
        <Text size="sm" role="status">
          {runs.syncPending ? t('calls.data.syncPending') : ''}
        </Text>
        {sync.error && <ErrorAlert error={sync.error} focus />}
      </Stack>
      <Stack gap="xs">
        <SectionHeading id="calls-upload" title={t('calls.data.uploadHeading')} />
        <Text size="sm">{t('calls.data.uploadHelp')}</Text>
        <Group align="end">
          <FileInput label={t('calls.data.file')} accept="application/json,.json" value={file} onChange={setFile} clearable w={{ base: '100%', xs: 320 }} />
          <Button onClick={() => file && upload.mutate(file, { onSuccess: () => setFile(null) })} loading={upload.isPending} disabled={!file || busy}>
            {t('calls.data.upload')}
          </Button>
        </Group>
        {upload.error && <ErrorAlert error={upload.error} focus />}
      </Stack>
      <Stack gap="xs">
        <SectionHeading id="calls-runs" title={t('calls.data.runsHeading')} />
        <QueryState query={runs}>
          {(items) =>
            items.length === 0 ? (
              <EmptyState title={t('calls.data.noRuns')} />
            ) : (
              <DataTable
                label={t('calls.data.runsHeading')}
                minWidth={760}
                columns={[t('calls.data.started'), t('calls.data.source'), t('calls.data.outcome'), t('calls.data.counts'), t('calls.data.message')]}
              >
                {items.map((run) => (
                  <Table.Tr key={run.id}>
                    <Table.Td>{formatDateTime(run.startedAt, uiLanguage(i18n))}</Table.Td>
                    <Table.Td>
                      {t(`calls.data.sources.${run.source}`, { defaultValue: run.source })}
                      {run.origin && (
                        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {run.origin}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge color={outcomeColour[run.outcome]}>{t(`calls.data.outcomes.${run.outcome}`)}</StatusBadge>
                    </Table.Td>
                    <Table.Td>
                      {t('calls.data.countsValue', {
                        added: run.added,
                        changed: run.changed,
                        closed: run.closed,
                        unchanged: run.unchanged,
                        skipped: run.skipped,
                      })}
                    </Table.Td>
                    <Table.Td>
                      <RunMessage run={run} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </DataTable>
            )
          }
        </QueryState>
      </Stack>
    </Stack>
  );
}
