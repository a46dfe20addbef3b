import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../features/partnerships/agreements/agreements.schemas.ts';
import type { Partnership } from '../../../../features/partnerships/partnerships.schemas.ts';
import { EmptyState } from '../../../components/query-state.tsx';
import { SectionHeading } from '../../../components/section-heading.tsx';
import { useModalTarget } from '../../../lib/use-modal-target.ts';
import { AgreementFormModal } from './agreement-form-modal.tsx';
import { AgreementItem } from './agreement-item.tsx';

interface Props {
  partnership: Partnership;
  reload: () => Promise<Partnership | undefined>;
  showHistory: boolean;
}

export function AgreementsSection({ partnership, reload, showHistory }: Props) {
  const { t } = useTranslation();
  const modal = useModalTarget<Agreement>();
  const sorted = [...partnership.agreements].sort((a, b) => (b.signedOn ?? '').localeCompare(a.signedOn ?? ''));
  return (
    <section aria-labelledby="agreements-heading">
      <SectionHeading id="agreements-heading" title={t('partnerships.agreements.title')}>
        {partnership.can.addAgreement && (
          <Button variant="light" size="xs" onClick={() => modal.open(null)}>
            {t('partnerships.agreements.add')}
          </Button>
        )}
      </SectionHeading>
      {sorted.length === 0 ? (
        <EmptyState title={t('partnerships.agreements.empty')} />
      ) : (
        <Stack gap="md">
          {sorted.map((a) => (
            <AgreementItem key={a.id} agreement={a} partnership={partnership} onEdit={() => modal.open(a)} showHistory={showHistory} />
          ))}
        </Stack>
      )}
      {(partnership.can.addAgreement || sorted.some((a) => a.can.edit)) && (
        <AgreementFormModal partnership={partnership} agreement={modal.target} opened={modal.opened} onClose={modal.close} reload={reload} />
      )}
    </section>
  );
}
