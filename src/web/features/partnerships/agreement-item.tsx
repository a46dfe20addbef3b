import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agreement } from '../../../features/agreements/agreements.schemas.ts';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { DetailsList } from '../../components/details-list.tsx';
import { formatDate } from '../../lib/labels.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { AgreementDocuments } from './agreement-documents.tsx';
import { AgreementParties } from './agreement-parties.tsx';
import { useDeleteAgreement } from './agreements-api.ts';
import { DeleteItemButton } from './delete-item-button.tsx';

interface Props {
  agreement: Agreement;
  partnership: Partnership;
  onEdit: () => void;
  showHistory: boolean;
}

export function AgreementItem({ agreement, partnership, onEdit, showHistory }: Props) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const remove = useDeleteAgreement();
  const cityName = (id: string | null) => partnership.cities.find((c) => c.id === id)?.name;
  const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(', ');

  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={`agreement-${agreement.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={4}>
            <Badge variant="light" color="indigo" tt="none">
              {t(`partnerships.agreementKinds.${agreement.kind}`)}
            </Badge>
            <Title order={3} fz="h4" id={`agreement-${agreement.id}`}>
              {agreement.title}
            </Title>
          </Stack>
          <Group gap="xs">
            {showHistory && (
              <Anchor component={Link} to={`/history/agreement/${agreement.id}`} fz="sm">
                {t('common.actions.history')}
                <VisuallyHidden> ({agreement.title})</VisuallyHidden>
              </Anchor>
            )}
            {partnership.canEdit && (
              <>
                <Button variant="light" size="compact-sm" onClick={onEdit}>
                  {t('common.actions.edit')}
                  <VisuallyHidden> ({agreement.title})</VisuallyHidden>
                </Button>
                <DeleteItemButton
                  size="compact-sm"
                  title={t('partnerships.agreements.deleteTitle')}
                  message={t('partnerships.agreements.deleteMessage', { title: agreement.title })}
                  hiddenName={` (${agreement.title})`}
                  deletedMessage={t('partnerships.agreements.deleted')}
                  onDelete={() => remove.mutateAsync(agreement.id)}
                  deleting={remove.isPending}
                />
              </>
            )}
          </Group>
        </Group>
        <DetailsList
          items={[
            { label: t('partnerships.agreements.signedOn'), value: formatDate(agreement.signedOn, lang) },
            { label: t('partnerships.agreements.mode'), value: agreement.mode && t(`partnerships.modes.${agreement.mode}`) },
            { label: t('partnerships.agreements.place'), value: agreement.place },
          ]}
        />
        {agreement.summary && (
          <Text fz="sm" style={{ whiteSpace: 'pre-line' }}>
            {agreement.summary}
          </Text>
        )}
        <AgreementParties
          title={t('partnerships.agreements.signatories')}
          people={agreement.signatories.map((s, i) => ({ key: `s${i}`, name: s.personName, detail: join(s.office, cityName(s.cityId)) }))}
        />
        <AgreementParties
          title={t('partnerships.agreements.facilitators')}
          people={agreement.facilitators.map((f, i) => ({ key: `f${i}`, name: f.personName, detail: join(f.office, f.organisation) }))}
        />
        <AgreementDocuments agreement={agreement} canEdit={partnership.canEdit} />
      </Stack>
    </Paper>
  );
}
