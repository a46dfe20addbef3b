import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agreement } from '../../../../features/partnerships/agreements/agreements.schemas.ts';
import type { Partnership } from '../../../../features/partnerships/partnerships.schemas.ts';
import { DetailsList } from '../../../components/details-list.tsx';
import { ShownLanguageNote } from '../../../components/localised-record-text.tsx';
import { formatDate } from '../../../lib/labels.ts';
import { chooseText } from '../../../../shared/localised-text-choice.ts';
import { uiLanguage } from '../../../lib/ui-language.ts';
import { AgreementDocuments } from './agreement-documents.tsx';
import { AgreementParties } from './agreement-parties.tsx';
import { useDeleteAgreement } from './agreements-api.ts';
import { DeleteItemButton } from '../delete-item-button.tsx';

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
  const partyDetail = (...parts: ReactNode[]) => {
    const kept = parts.filter(Boolean);
    return kept.length
      ? kept.map((part, i) => (
          <Fragment key={i}>
            {i > 0 && ', '}
            {part}
          </Fragment>
        ))
      : null;
  };
  const shown = (texts: Agreement['title']) => chooseText(texts, agreement.originalLang, lang);
  const title = shown(agreement.title);
  const titleText = title?.text ?? '';
  const summary = shown(agreement.summary);
  // An office in another language than the reader's carries its lang for screen readers; the title's note says which.
  const office = (texts: Agreement['title']) => {
    const o = shown(texts);
    return o && <span lang={o.lang}>{o.text}</span>;
  };

  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={`agreement-${agreement.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={4}>
            <Badge variant="light" color="indigo" tt="none">
              {t(`partnerships.agreementKinds.${agreement.kind}`)}
            </Badge>
            <Title order={3} fz="h4" id={`agreement-${agreement.id}`} lang={title?.lang}>
              {titleText}
            </Title>
            <ShownLanguageNote shown={title} />
          </Stack>
          <Group gap="xs">
            {showHistory && (
              <Anchor component={Link} to={`/history/agreement/${agreement.id}`} fz="sm">
                {t('common.actions.history')}
                <VisuallyHidden> ({titleText})</VisuallyHidden>
              </Anchor>
            )}
            {agreement.can.edit && (
              <Button variant="light" size="compact-sm" onClick={onEdit}>
                {t('common.actions.edit')}
                <VisuallyHidden> ({titleText})</VisuallyHidden>
              </Button>
            )}
            {agreement.can.delete && (
              <DeleteItemButton
                size="compact-sm"
                title={t('partnerships.agreements.deleteTitle')}
                message={t('partnerships.agreements.deleteMessage', { title: titleText })}
                hiddenName={` (${titleText})`}
                deletedMessage={t('partnerships.agreements.deleted')}
                onDelete={() => remove.mutateAsync(agreement.id)}
                deleting={remove.isPending}
              />
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
        {summary && (
          <div>
            <Text fz="sm" style={{ whiteSpace: 'pre-line' }} lang={summary.lang}>
              {summary.text}
            </Text>
            {summary.lang !== title?.lang && <ShownLanguageNote shown={summary} />}
          </div>
        )}
        <AgreementParties
          title={t('partnerships.agreements.signatories')}
          people={agreement.signatories.map((s, i) => ({ key: `s${i}`, name: s.personName, detail: partyDetail(office(s.office), cityName(s.cityId)) }))}
        />
        <AgreementParties
          title={t('partnerships.agreements.facilitators')}
          people={agreement.facilitators.map((f, i) => ({ key: `f${i}`, name: f.personName, detail: partyDetail(office(f.office), f.organisation) }))}
        />
        <AgreementDocuments agreement={agreement} />
      </Stack>
    </Paper>
  );
}
