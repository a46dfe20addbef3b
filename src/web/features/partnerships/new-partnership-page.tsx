import { Button, Center, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CurrentUser } from '../../../features/auth/auth.schemas.ts';
import { FormErrorAlert } from '../../components/form-error-alert.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { cityOptions } from '../../lib/city-options.ts';
import { useCities } from '../../lib/lookups-api.ts';
import { notifySuccess } from '../../lib/notify.ts';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { AccessNotice } from './access-notice.tsx';
import { PartnershipFormFields } from './partnership-form-fields.tsx';
import { emptyPartnershipForm, formToRequest, keyFromName } from './partnership-form-values.ts';
import { useCreatePartnership } from './partnerships-api.ts';

export function NewPartnershipPage() {
  const { t } = useTranslation();
  const { user, loading, can } = useSession();
  usePageTitle(t('partnerships.create.title'));
  let body;
  if (loading) body = <Loader aria-hidden size="sm" />;
  else if (!user) body = <AccessNotice reason="unauthenticated" />;
  else if (!can.createPartnership) body = <AccessNotice reason="forbidden" />;
  else body = <NewPartnershipForm user={user} />;
  return (
    <Stack maw={820}>
      <Title order={1}>{t('partnerships.create.title')}</Title>
      <Text c="gray.7">{t('partnerships.create.intro')}</Text>
      {loading ? <Center>{body}</Center> : body}
    </Stack>
  );
}

function NewPartnershipForm({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cities = useCities();
  const [values, setValues] = useState(() => emptyPartnershipForm(user.cityId ? [user.cityId] : []));
  // The key follows the name until the editor types one of their own.
  const [keyTouched, setKeyTouched] = useState(false);
  const create = useCreatePartnership();

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      { key: values.key, ...formToRequest(values) },
      {
        onSuccess: (created) => {
          notifySuccess(t, t('partnerships.create.done', { name: created.name }));
          navigate(`/partnerships/${created.key}`);
        },
      },
    );
  }

  return (
    <QueryState query={cities}>
      {(list) => (
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
          <form onSubmit={submit} noValidate>
            <Stack>
              <FormErrorAlert error={create.error} />
              <PartnershipFormFields
                values={values}
                error={create.error}
                onChange={(patch) => {
                  if (patch.key !== undefined) setKeyTouched(true);
                  setValues((v) => ({ ...v, ...patch }));
                }}
                create={{
                  cityOptions: cityOptions(list),
                  onNameChange: (name) => setValues((v) => ({ ...v, name, key: keyTouched ? v.key : keyFromName(name) })),
                }}
              />
              <Group justify="flex-end">
                <Button variant="default" component={Link} to="/">
                  {t('common.actions.cancel')}
                </Button>
                <Button type="submit" loading={create.isPending}>
                  {t('partnerships.create.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </QueryState>
  );
}
