import { Button, FileInput, Group, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage, fieldErrorFor } from '../../../lib/form-errors.ts';
import { notifySuccess } from '../../../lib/notify.ts';
import { readableHint } from '../../../lib/readable-styles.ts';
import { useUploadDocument } from './agreements-api.ts';

export function DocumentUpload({ agreementId, agreementTitle }: { agreementId: string; agreementTitle: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const upload = useUploadDocument(agreementId);
  const error = upload.error ? (fieldErrorFor(upload.error, t, 'file') ?? errorMessage(upload.error, t)) : undefined;

  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <FileInput
        label={t('partnerships.documents.fileLabel')}
        {...readableHint}
        description={t('partnerships.documents.fileHint')}
        accept="application/pdf"
        clearable
        value={file}
        onChange={(f) => {
          upload.reset();
          setFile(f);
        }}
        error={error}
        style={{ flex: '1 1 240px' }}
      />
      <Button
        variant="light"
        disabled={!file}
        loading={upload.isPending}
        onClick={() =>
          file &&
          upload.mutate(file, {
            onSuccess: () => {
              setFile(null);
              notifySuccess(t, t('partnerships.documents.uploaded'));
            },
          })
        }
      >
        {t('partnerships.documents.upload')}
        <VisuallyHidden> ({agreementTitle})</VisuallyHidden>
      </Button>
    </Group>
  );
}
