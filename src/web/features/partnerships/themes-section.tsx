import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { SectionHeading } from '../../components/section-heading.tsx';
import { ThemeBadges } from '../../components/theme-badges.tsx';
import { EditThemesModal } from './edit-themes-modal.tsx';

export function ThemesSection({ partnership, reload }: { partnership: Partnership; reload: () => Promise<Partnership | undefined> }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <section aria-labelledby="themes-heading">
      <SectionHeading id="themes-heading" title={t('partnerships.themes.title')}>
        {partnership.can.edit && (
          <Button variant="light" size="xs" onClick={open}>
            {t('partnerships.themes.edit')}
          </Button>
        )}
      </SectionHeading>
      <ThemeBadges themes={partnership.themes} emptyText={t('partnerships.themes.empty')} />
      {partnership.can.edit && <EditThemesModal partnership={partnership} opened={opened} onClose={close} reload={reload} />}
    </section>
  );
}
