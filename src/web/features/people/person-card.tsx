import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../../../features/people/people.schemas.ts';
import { ConfirmButton } from '../../components/confirm-button.tsx';
import { errorMessage } from '../../lib/form-errors.ts';
import { languageLabel } from '../../lib/intl-names.ts';
import { notifySuccess, notifyError } from '../../lib/notify.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { useDeletePerson } from './people-api.ts';
import { PersonVisibilityBadge } from './person-visibility-badge.tsx';

export function PersonCard({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const remove = useDeletePerson();

  async function onDelete() {
    try {
      await remove.mutateAsync(person.id);
      notifySuccess(t, t('people.delete.done', { name: person.name }));
    } catch (error) {
      notifyError(t, errorMessage(error, t), t('common.errors.title'));
    }
  }

  return (
    <Card withBorder padding="md" component="article">
      <Stack gap={6} style={{ flex: 1 }}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>
            {person.name}
          </Title>
          <PersonVisibilityBadge person={person} />
        </Group>
        {person.roleTitle && <Text>{person.roleTitle}</Text>}
        <Text fz="sm" c="gray.7">
          {person.organisation ? (
            <>
              <Anchor component={Link} to={`/organisations/${person.organisation.key}`} inherit>
                {person.organisation.name}
              </Anchor>
              {' · '}
            </>
          ) : null}
          {person.city.name}
        </Text>
        {person.email && (
          <Anchor href={`mailto:${person.email}`} fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {person.email}
          </Anchor>
        )}
        {person.phone && (
          <Anchor href={`tel:${person.phone.replace(/\s+/g, '')}`} fz="sm">
            {person.phone}
          </Anchor>
        )}
        {person.languages.length > 0 && (
          <Text fz="sm" c="gray.7">
            {t('people.card.speaks', { languages: person.languages.map((l) => languageLabel(l, uiLanguage(i18n))).join(', ') })}
          </Text>
        )}
      </Stack>
      {(person.can.edit || person.can.readHistory || person.can.delete) && (
        <Group gap="xs" mt="md">
          {person.can.edit && (
            <Button
              component={Link}
              to={`/people/${person.id}/edit`}
              size="compact-sm"
              variant="light"
              aria-label={t('people.card.editNamed', { name: person.name })}
            >
              {t('common.actions.edit')}
            </Button>
          )}
          {person.can.readHistory && (
            <Button
              component={Link}
              to={`/history/person/${person.id}`}
              size="compact-sm"
              variant="default"
              aria-label={t('people.card.historyNamed', { name: person.name })}
            >
              {t('common.actions.history')}
            </Button>
          )}
          {person.can.delete && (
            <ConfirmButton
              size="compact-sm"
              aria-label={t('people.card.deleteNamed', { name: person.name })}
              title={t('people.delete.title')}
              message={t('people.delete.message', { name: person.name })}
              confirmLabel={t('people.delete.confirm')}
              onConfirm={onDelete}
              loading={remove.isPending}
            >
              {t('common.actions.delete')}
            </ConfirmButton>
          )}
        </Group>
      )}
    </Card>
  );
}
