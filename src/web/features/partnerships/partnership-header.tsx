import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { CityNames } from '../../components/city-names.tsx';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { LastChanged } from '../../components/last-changed.tsx';
import { PartnershipBadges } from '../../components/partnership-badges.tsx';
import { errorMessage } from '../../lib/form-errors.ts';
import { formatDate } from '../../lib/labels.ts';
import { notifySuccess, notifyError } from '../../lib/notify.ts';
import { useSession } from '../../lib/session.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { CallsRadarLink } from '../calls/calls-radar-link.tsx';
import { EditPartnershipModal } from './edit-partnership-modal.tsx';
import { useDeletePartnership } from './partnerships-api.ts';

interface Props {
  partnership: Partnership;
  reload: () => Promise<Partnership | undefined>;
}

export function PartnershipHeader({ partnership, reload }: Props) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const [editing, { open, close }] = useDisclosure(false);
  const remove = useDeletePartnership(partnership.id);
  const lang = uiLanguage(i18n);

  return (
    <Stack gap="sm">
      <Title order={1}>{partnership.name}</Title>
      <Text fz="lg">
        <CityNames cities={partnership.cities} links />
      </Text>
      <Group gap="md">
        <PartnershipBadges kind={partnership.kind} status={partnership.status} />
        {partnership.since && (
          <Text fz="sm" c="gray.7">
            {t('partnerships.header.since', { date: formatDate(partnership.since, lang) })}
          </Text>
        )}
      </Group>
      <Group gap="sm" justify="space-between" align="center">
        <LastChanged at={partnership.updatedAt} by={partnership.updatedBy?.displayName} />
        <Group gap="xs">
          <Anchor component={Link} to={`/partnerships/${partnership.key}/network`} fz="sm">
            {t('network.link')}
          </Anchor>
          {user && (
            <Anchor component={Link} to={`/projects?partnership=${encodeURIComponent(partnership.key)}`} fz="sm">
              {t('projects.partnershipLink')}
            </Anchor>
          )}
          <CallsRadarLink subject="partnership" keyValue={partnership.key} allowed={partnership.can.useRadar} variant="anchor" />
          {/* The server-rendered public page (a full page load, not a route of this app): the address to share. */}
          <Anchor href={`/p/${lang}/partnerships/${encodeURIComponent(partnership.key)}`} fz="sm">
            {t('partnerships.header.publicPage')}
          </Anchor>
          <Anchor component={Link} to={`/history/partnership/${partnership.id}`} fz="sm">
            {t('partnerships.header.history')}
          </Anchor>
          {partnership.can.edit && (
            <Button size="xs" onClick={open}>
              {t('partnerships.edit.action')}
            </Button>
          )}
          {partnership.can.delete && (
            <ConfirmButton
              size="xs"
              title={t('partnerships.delete.title')}
              message={t('partnerships.delete.message', { name: partnership.name })}
              confirmLabel={t('partnerships.delete.confirm')}
              loading={remove.isPending}
              onConfirm={() =>
                remove.mutateAsync().then(
                  () => {
                    notifySuccess(t, t('partnerships.delete.done', { name: partnership.name }));
                    navigate('/');
                  },
                  (error) => notifyError(t, errorMessage(error, t)),
                )
              }
            >
              {t('partnerships.delete.action')}
            </ConfirmButton>
          )}
        </Group>
      </Group>
      {partnership.can.edit && <EditPartnershipModal partnership={partnership} opened={editing} onClose={close} reload={reload} />}
    </Stack>
  );
}
