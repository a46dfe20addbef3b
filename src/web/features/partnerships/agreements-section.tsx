import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../features/agreements/agreements.schemas.ts';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { EmptyState } from '../../components/query-state.tsx';
import { AgreementFormModal } from './agreement-form-modal.tsx';
import { AgreementItem } from './agreement-item.tsx';
import { SectionHeading } from './section-heading.tsx';

interface Props {
  partnership: Partnership;
  reload: () => Promise<Partnership | undefined>;
  showHistory: boolean;
}

export function AgreementsSection({ partnership, reload, showHistory }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  // Kept after closing so the modal does not change its title while it fades out. null adds one.
  const [editing, setEditing] = useState<Agreement | null>(null);
  const edit = (agreement: Agreement | null) => {
    setEditing(agreement);
    setOpened(true);
  };
  const sorted = [...partnership.agreements].sort((a, b) => (b.signedOn ?? '').localeCompare(a.signedOn ?? ''));
  return (
    <section aria-labelledby="agreements-heading">
      <SectionHeading id="agreements-heading" title={t('partnerships.agreements.title')}>
        {partnership.canEdit && (
          <Button variant="light" size="xs" onClick={() => edit(null)}>
            {t('partnerships.agreements.add')}
          </Button>
        )}
      </SectionHeading>
      {sorted.length === 0 ? (
        <EmptyState title={t('partnerships.agreements.empty')} />
      ) : (
        <Stack gap="md">
          {sorted.map((a) => (
            <AgreementItem key={a.id} agreement={a} partnership={partnership} onEdit={() => edit(a)} showHistory={showHistory} />
          ))}
        </Stack>
      )}
      {partnership.canEdit && (
        <AgreementFormModal
          partnership={partnership}
          agreement={editing}
          opened={opened}
          onClose={() => setOpened(false)}
          reload={reload}
        />
      )}
    </section>
  );
}
