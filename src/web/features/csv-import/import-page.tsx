import { Alert, Anchor, Button, Checkbox, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CsvImport } from '../../../features/csv-import/csv-imports.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { PaperSection } from '../../components/paper-section.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RequireAbility } from '../../components/require-ability.tsx';
import { isVersionConflict } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { readableTitle } from '../../lib/readable-styles.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useCsvImport, useStartImport } from './imports-api.ts';
import { MappingForm } from './mapping-form.tsx';
import { PreviewTable } from './preview-table.tsx';
import { ProblemTable } from './problem-table.tsx';
import { StateBadge } from './state-badge.tsx';

export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('imports.detail.title'));
  const { id = '' } = useParams();
  const job = useCsvImport(id);
  return (
    <RequireAbility ability="importCsv">
      <Stack gap="lg">
        <Anchor component={Link} to="/imports">
          {t('imports.detail.back')}
        </Anchor>
        <QueryState query={job}>{(data) => <ImportDetail job={data} />}</QueryState>
      </Stack>
    </RequireAbility>
  );
}

function ImportDetail({ job }: { job: CsvImport }) {
  const { t } = useTranslation();
  const busy = job.state === 'queued' || job.state === 'running';
  const editable = job.canStart;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('imports.detail.title')}</Title>
        <Group gap="sm" mt={4}>
          <Text c="gray.7">{t('imports.detail.file', { file: job.fileName, city: job.city.name, delimiter: t(`imports.delimiters.${job.delimiter}`) })}</Text>
          <StateBadge job={job} />
        </Group>
      </div>
      {editable && <MappingForm job={job} />}
      {editable && <PreviewTable job={job} />}
      {editable && <StartForm job={job} />}
      {(busy || job.state === 'done' || job.state === 'failed') && <ResultSection job={job} busy={busy} />}
      {job.report && <ProblemTable job={job} />}
    </Stack>
  );
}

function StartForm({ job }: { job: CsvImport }) {
  const { t } = useTranslation();
  const start = useStartImport(job.id);
  const queryClient = useQueryClient();
  const reload = () => {
    start.reset();
    void queryClient.invalidateQueries({ queryKey: ['csv-imports', job.id] });
  };
  const [skipInvalid, setSkipInvalid] = useState(job.skipInvalid);
  const run = (mode: 'validate' | 'import') => start.mutate({ version: job.version, mode, skipInvalid });
  return (
    <PaperSection id="import-start" title={t('imports.start.title')} intro={t('imports.start.intro')}>
      <Stack gap="sm">
        <Checkbox
          label={t('imports.start.skipInvalid')}
          description={t('imports.start.skipInvalidHint')}
          checked={skipInvalid}
          onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
        />
        {start.error && !isVersionConflict(start.error) && (
          <Alert color="red" role="alert">
            {errorMessage(start.error, t)}
          </Alert>
        )}
        <Group>
          <Button variant="light" onClick={() => run('validate')} loading={start.isPending && start.variables?.mode === 'validate'}>
            {t('imports.start.validate')}
          </Button>
          <Button onClick={() => run('import')} loading={start.isPending && start.variables?.mode === 'import'}>
            {t('imports.start.import')}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog opened={isVersionConflict(start.error)} onReload={reload} onClose={() => start.reset()} />
    </PaperSection>
  );
}

function ResultSection({ job, busy }: { job: CsvImport; busy: boolean }) {
  const { t } = useTranslation();
  const { progress } = job;
  const phase = progress.phase ?? (job.state === 'queued' ? 'queued' : 'validate');
  return (
    <PaperSection id="import-result" title={t(busy ? 'imports.progress.title' : 'imports.result.title')}>
      <Stack gap="sm">
        {busy && (
          <>
            <Progress value={progress.percent} size="lg" aria-label={t('imports.progress.label')} animated striped />
            <Text role="status" aria-live="polite">
              {t(`imports.progress.${phase}`, { percent: progress.percent, rows: progress.rowsDone.toLocaleString() })}
            </Text>
          </>
        )}
        {job.state === 'failed' && (
          <Alert color="red" role="alert" title={t('imports.result.failed')} styles={readableTitle}>
            {job.error}
          </Alert>
        )}
        {job.state === 'done' && job.report && (
          <Alert color={job.outcome === 'rejected' ? 'orange' : 'green'} styles={readableTitle} title={t(`imports.result.${job.outcome}`)} role="status">
            <Text>{t('imports.result.rows', { rows: job.report.rows, valid: job.report.validRows, invalid: job.report.invalidRows })}</Text>
            {job.outcome === 'imported' && job.counts && <Text>{t('imports.result.counts', job.counts)}</Text>}
          </Alert>
        )}
      </Stack>
    </PaperSection>
  );
}
