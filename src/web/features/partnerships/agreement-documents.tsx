import { Anchor, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../features/agreements/agreements.schemas.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { errorMessage } from '../../lib/form-errors.ts';
import { documentDownloadUrl, useDeleteDocument } from './agreements-api.ts';
import { DocumentUpload } from './document-upload.tsx';
import { notifyDeleted, notifyError } from './save-feedback.ts';

function fileSize(bytes: number, lang: string) {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(bytes / 1000, 0.1), 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

export function AgreementDocuments({ agreement, canEdit }: { agreement: Agreement; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const remove = useDeleteDocument();
  return (
    <Stack gap="xs">
      <Title order={4} fz="sm">
        {t('partnerships.documents.title')}
      </Title>
      {agreement.documents.length === 0 ? (
        <Text fz="sm" c="gray.7">
          {t('partnerships.documents.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap={4} m={0} pl="md">
          {agreement.documents.map((doc) => (
            <li key={doc.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor href={documentDownloadUrl(doc.id)} download={doc.fileName} fz="sm">
                  {doc.fileName}
                </Anchor>
                <Text component="span" fz="xs" c="gray.7">
                  {t('partnerships.documents.meta', { size: fileSize(doc.sizeBytes, lang) })}
                </Text>
                {canEdit && (
                  <ConfirmButton
                    size="compact-xs"
                    variant="subtle"
                    color="red" c="red.9"
                    title={t('partnerships.documents.deleteTitle')}
                    message={t('partnerships.documents.deleteMessage', { file: doc.fileName })}
                    confirmLabel={t('common.actions.delete')}
                    loading={remove.isPending}
                    onConfirm={() =>
                      remove.mutateAsync(doc.id).then(
                        () => notifyDeleted(t, t('partnerships.documents.deleted')),
                        (error) => notifyError(t, errorMessage(error, t)),
                      )
                    }
                  >
                    {t('common.actions.delete')}
                    <VisuallyHidden> {doc.fileName}</VisuallyHidden>
                  </ConfirmButton>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {canEdit && <DocumentUpload agreementId={agreement.id} agreementTitle={agreement.title} />}
    </Stack>
  );
}
