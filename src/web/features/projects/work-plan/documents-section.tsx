import { Anchor, Button, FileInput, Group, Stack, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument } from '../../../../features/projects/work-plan/work-plan.schemas.ts';
import { EmptyState, QueryState } from '../../../components/query-state.tsx';
import { SectionHeading } from '../../../components/section-heading.tsx';
import { errorMessage, hasFieldErrors } from '../../../lib/form-errors.ts';
import { formatDate, intlLocale } from '../../../lib/labels.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { readableHint } from '../../../lib/readable-styles.ts';
import { uiLanguage } from '../../../lib/ui-language.ts';
import { DeleteItemButton } from '../../partnerships/delete-item-button.tsx';
import { documentDownloadUrl, useDeleteProjectDocument, useProjectDocuments, useUploadProjectDocument } from './work-plan-api.ts';
import { workPlanFieldError } from './work-plan-errors.ts';

const accept = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.odt,.ods,.odp,.txt,.csv,.md';

export function DocumentsSection({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const documents = useProjectDocuments(projectId);
  return (
    <section aria-labelledby="project-documents-heading">
      <SectionHeading id="project-documents-heading" title={t('projects-work-plan.documents.title')} />
      <Stack gap="sm">
        <QueryState query={documents}>
          {(list) =>
            list.length === 0 ? (
              <EmptyState title={t('projects-work-plan.documents.empty')} />
            ) : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {list.map((d) => (
                  <li key={d.id}>
                    <DocumentRow projectId={projectId} document={d} canEdit={canEdit} />
                  </li>
                ))}
              </Stack>
            )
          }
        </QueryState>
        {canEdit && <UploadForm projectId={projectId} />}
      </Stack>
    </section>
  );
}

function DocumentRow({ projectId, document: d, canEdit }: { projectId: string; document: ProjectDocument; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const remove = useDeleteProjectDocument(projectId);
  const size = new Intl.NumberFormat(intlLocale(lang), { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, d.sizeBytes / 1024));
  return (
    <Group justify="space-between" gap="xs" wrap="wrap">
      <Stack gap={0} style={{ minWidth: 0, flex: '1 1 220px' }}>
        <Anchor href={documentDownloadUrl(projectId, d.id)} download={d.fileName} style={{ overflowWrap: 'anywhere' }}>
          {d.title}
        </Anchor>
        <Text fz="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
          {d.fileName} · {size} · {formatDate(d.uploadedAt.slice(0, 10), lang)}
        </Text>
      </Stack>
      {canEdit && (
        <DeleteItemButton
          size="compact-xs"
          title={t('projects-work-plan.documents.deleteTitle')}
          message={t('projects-work-plan.documents.deleteMessage', { title: d.title })}
          hiddenName={` (${d.title})`}
          deletedMessage={t('projects-work-plan.documents.deleted')}
          onDelete={() => remove.mutateAsync(d.id)}
          deleting={remove.isPending}
        />
      )}
    </Group>
  );
}

function UploadForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const upload = useUploadProjectDocument(projectId);
  const fileError = upload.error
    ? (workPlanFieldError(upload.error, t, 'file') ?? (hasFieldErrors(upload.error) ? undefined : errorMessage(upload.error, t)))
    : undefined;
  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <FileInput
        label={t('projects-work-plan.documents.file')}
        {...readableHint}
        description={t('projects-work-plan.documents.fileHint')}
        accept={accept}
        clearable
        value={file}
        onChange={(f) => {
          upload.reset();
          setFile(f);
        }}
        error={fileError}
        style={{ flex: '1 1 220px' }}
      />
      <TextInput
        label={t('projects-work-plan.documents.titleLabel')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={workPlanFieldError(upload.error, t, 'title')}
        style={{ flex: '1 1 180px' }}
      />
      <Button
        variant="light"
        disabled={!file}
        loading={upload.isPending}
        onClick={() =>
          file &&
          upload.mutate(
            { file, title },
            {
              onSuccess: () => {
                setFile(null);
                setTitle('');
                notifySuccess(t, t('projects-work-plan.documents.uploaded'));
              },
            },
          )
        }
      >
        {t('projects-work-plan.documents.upload')}
        <VisuallyHidden> ({t('projects-work-plan.documents.title')})</VisuallyHidden>
      </Button>
    </Group>
  );
}
