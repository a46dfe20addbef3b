import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../features/partnerships/agreements/agreements.schemas.ts';
import { uiLanguage } from '../../../lib/ui-language.ts';
import { chooseText } from '../../../../shared/localised-text-choice.ts';
import { documentDownloadUrl, useDeleteDocument } from './agreements-api.ts';
import { DeleteItemButton } from '../delete-item-button.tsx';
import { DocumentUpload } from './document-upload.tsx';

function fileSize(bytes: number, lang: string) {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [Math.max(bytes / 1000, 0.1), 'kilobyte'];
  return new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

export function AgreementDocuments({ agreement }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
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
                {doc.can.delete && (
                  <DeleteItemButton
                    size="compact-xs"
                    title={t('partnerships.documents.deleteTitle')}
                    message={t('partnerships.documents.deleteMessage', { file: doc.fileName })}
                    hiddenName={` ${doc.fileName}`}
                    deletedMessage={t('partnerships.documents.deleted')}
                    onDelete={() => remove.mutateAsync(doc.id)}
                    deleting={remove.isPending}
                  />
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {agreement.can.addDocument && (
        <DocumentUpload agreementId={agreement.id} agreementTitle={chooseText(agreement.title, agreement.originalLang, uiLanguage(i18n))?.text ?? ''} />
      )}
    </Stack>
  );
}
