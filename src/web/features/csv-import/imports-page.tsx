import { Anchor, Button, FileInput, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/date-format.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../components/data-table.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { PaperSection } from '../../components/paper-section.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { RequireAbility } from '../../components/require-ability.tsx';
import { cityOptions } from '../../lib/city-options.ts';
import { errorMessage, fieldErrorFor } from '../../lib/form-errors.ts';
import { useCities } from '../../lib/lookups-api.ts';
import { readableHint } from '../../lib/readable-styles.ts';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useCsvImports, useUploadCsv } from './imports-api.ts';
import { StateBadge } from './state-badge.tsx';

export function ImportsPage() {
  const { t } = useTranslation();
  usePageTitle(t('imports.title'));
  return (
    <RequireAbility ability="importCsv">
      <Stack gap="lg">
        <PageHeader title={t('imports.title')} intro={t('imports.intro')} />
        <UploadForm />
        <RecentImports />
      </Stack>
    </RequireAbility>
  );
}

function UploadForm() {
  const { t } = useTranslation();
  const { user, can } = useSession();
  const cities = useCities();
  const navigate = useNavigate();
  const upload = useUploadCsv();
  const anyCity = can.importCsvIntoAnyCity;
  const [cityId, setCityId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const chosenCity = anyCity ? cityId : (user?.cityId ?? '');
  const fileError = upload.error ? (fieldErrorFor(upload.error, t, 'file') ?? errorMessage(upload.error, t)) : undefined;

  return (
    <PaperSection id="import-upload" title={t('imports.upload.title')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (file && chosenCity) upload.mutate({ cityId: chosenCity, file }, { onSuccess: (job) => navigate(`/imports/${job.id}`) });
        }}
      >
        <Stack gap="sm">
          {anyCity ? (
            <NativeSelect
              label={t('imports.upload.city')}
              required
              data={[{ value: '', label: t('imports.upload.chooseCity') }, ...cityOptions(cities.data ?? [])]}
              value={cityId}
              onChange={(e) => setCityId(e.currentTarget.value)}
              maw={360}
            />
          ) : (
            <Text>{t('imports.upload.ownCity', { city: cities.data?.find((c) => c.id === user?.cityId)?.name ?? '' })}</Text>
          )}
          <FileInput
            label={t('imports.upload.file')}
            {...readableHint}
            description={t('imports.upload.fileHint')}
            accept=".csv,text/csv,text/plain,text/tab-separated-values"
            required
            clearable
            value={file}
            onChange={(f) => {
              upload.reset();
              setFile(f);
            }}
            error={fileError}
            maw={480}
          />
          <Group>
            <Button type="submit" disabled={!file || !chosenCity} loading={upload.isPending}>
              {t('imports.upload.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </PaperSection>
  );
}

function RecentImports() {
  const { t, i18n } = useTranslation();
  const imports = useCsvImports();
  return (
    <PaperSection id="import-list" title={t('imports.list.title')}>
      <QueryState query={imports}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('imports.list.empty')} />
          ) : (
            <DataTable
              label={t('imports.list.caption')}
              minWidth={640}
              columns={[t('imports.list.file'), t('imports.list.city'), t('imports.list.state'), t('imports.list.created')]}
            >
              {items.map((job) => (
                <Table.Tr key={job.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/imports/${job.id}`}>
                      {job.fileName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{job.city.name}</Table.Td>
                  <Table.Td>
                    <StateBadge job={job} />
                  </Table.Td>
                  <Table.Td>{formatDateTime(job.createdAt, uiLanguage(i18n))}</Table.Td>
                </Table.Tr>
              ))}
            </DataTable>
          )
        }
      </QueryState>
    </PaperSection>
  );
}
