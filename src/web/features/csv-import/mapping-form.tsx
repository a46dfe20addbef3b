import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { csvFields, type CsvField, type CsvMapping } from '../../../features/csv-import/csv-fields.ts';
import type { CsvImport } from '../../../features/csv-import/csv-imports.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { PaperSection } from '../../components/paper-section.tsx';
import { ApiError, isVersionConflict } from '../../lib/api-client.ts';
import { errorMessage } from '../../lib/form-errors.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useSetMapping } from './imports-api.ts';

const required: CsvField[] = ['name', 'kind'];

/** One select per Pontis field, offering the file's columns; saved mappings refresh the preview. */
export function MappingForm({ job }: { job: CsvImport }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSetMapping(job.id);
  const [mapping, setMapping] = useState<CsvMapping>(job.mapping);
  const options = [{ value: '', label: t('imports.mapping.notImported') }, ...job.headers.map((h) => ({ value: h, label: h }))];
  const fieldError = (field: CsvField) => {
    const problem = save.error instanceof ApiError ? save.error.fields.find((f) => f.path === `mapping.${field}`) : undefined;
    return problem ? t('imports.mapping.noSuchColumn') : undefined;
  };
  const changed = JSON.stringify(mapping) !== JSON.stringify(job.mapping);
  return (
    <PaperSection id="import-mapping" title={t('imports.mapping.title')} intro={t('imports.mapping.intro')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ version: job.version, mapping }, { onSuccess: () => notifySuccess(t, t('imports.mapping.saved')) });
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            {csvFields.map((field) => (
              <NativeSelect
                key={field}
                label={t(`imports.fields.${field}`)}
                required={required.includes(field)}
                data={options}
                value={mapping[field] ?? ''}
                error={fieldError(field)}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setMapping((m) => {
                    const next = { ...m };
                    if (value) next[field] = value;
                    else delete next[field];
                    return next;
                  });
                }}
              />
            ))}
          </SimpleGrid>
          {save.error && !isVersionConflict(save.error) && !(save.error instanceof ApiError && save.error.fields.length) && (
            <Alert color="red" role="alert">
              {errorMessage(save.error, t)}
            </Alert>
          )}
          <Group>
            <Button type="submit" variant={changed ? 'filled' : 'light'} loading={save.isPending}>
              {t('imports.mapping.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ConflictDialog
        opened={isVersionConflict(save.error)}
        onReload={() => {
          save.reset();
          void queryClient.invalidateQueries({ queryKey: ['csv-imports', job.id] });
        }}
        onClose={() => save.reset()}
      />
    </PaperSection>
  );
}
