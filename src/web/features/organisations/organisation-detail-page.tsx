import { Alert, Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import type { Organisation } from '../../../features/organisations/organisations.schemas.ts';
import { ConflictDialog } from '../../components/conflict-dialog.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { formatDate } from '../../lib/labels.ts';
import { useSession } from '../../lib/session.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CompletenessPanel } from './completeness-panel.tsx';
import { ConceptBadges } from './concept-badges.tsx';
import { OrganisationActions } from './organisation-actions.tsx';
import { OrganisationDescription } from './organisation-description.tsx';
import { OrganisationFacts } from './organisation-facts.tsx';
import { OrganisationItems } from './organisation-items.tsx';
import { useItemActions } from './use-item-actions.ts';
import { PartnerSuggestionsLink } from '../matching/partner-suggestions-link.tsx';
import { CallsRadarLink } from '../calls/calls-radar-link.tsx';
import { OrganisationPeople } from './organisation-people.tsx';
import { useOrganisation } from './organisations-api.ts';

export function OrganisationDetailPage() {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  const organisation = useOrganisation(key);
  usePageTitle(organisation.data?.name ?? t('organisations.list.title'));
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/organisations" fz="sm">
        {t('organisations.detail.back')}
      </Anchor>
      <QueryState query={organisation}>{(org) => <OrganisationView organisation={org} reload={async () => void (await organisation.refetch())} />}</QueryState>
    </Stack>
  );
}

function OrganisationView({ organisation, reload }: { organisation: Organisation; reload: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  // Editors renew and submit items here: the reminder mail links to this page.
  const { actions, conflict } = useItemActions(organisation, reload);
  const renewRequested = useSearchParams()[0].has('renew');
  // From the expiry reminder: the first Renew button takes the focus, so renewal is one key press.
  useEffect(() => {
    if (!renewRequested || !organisation.can.renewItems) return;
    const first = document.querySelector<HTMLElement>('[data-renew]');
    first?.scrollIntoView({ block: 'center' });
    first?.focus({ preventScroll: true });
  }, [renewRequested, organisation.can.renewItems]);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {organisation.name}
          </Title>
          <Group gap="xs">
            <Badge variant="light">{t(`organisations.kinds.${organisation.kind}`, { defaultValue: organisation.kind })}</Badge>
            <Text c="gray.7">
              {organisation.city.name} ({organisation.city.country})
            </Text>
          </Group>
        </Stack>
        <Group gap="sm">
          <PartnerSuggestionsLink organisationKey={organisation.key} />
          <CallsRadarLink subject="organisation" keyValue={organisation.key} />
          <OrganisationActions organisation={organisation} />
        </Group>
      </Group>
      {renewRequested && <RenewSignIn />}
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="xl">
            <section aria-labelledby="org-description">
              <Title order={2} size="h3" id="org-description" mb="sm">
                {t('organisations.detail.about')}
              </Title>
              <OrganisationDescription description={organisation.description} />
              <ConceptBadges concepts={organisation.concepts} />
            </section>
            <section aria-labelledby="org-offers">
              <Title order={2} size="h3" id="org-offers" mb="sm">
                {t('organisations.detail.offers')}
              </Title>
              <OrganisationItems items={organisation.offers} emptyText={t('organisations.detail.noOffers')} actions={actions} />
            </section>
            <section aria-labelledby="org-requests">
              <Title order={2} size="h3" id="org-requests" mb="sm">
                {t('organisations.detail.requests')}
              </Title>
              <OrganisationItems items={organisation.requests} emptyText={t('organisations.detail.noRequests')} actions={actions} />
            </section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            {organisation.can.edit && organisation.completeness && (
              <CompletenessPanel completeness={organisation.completeness} organisationKey={organisation.key} onForm={false} />
            )}
            <Paper withBorder p="md" component="section" aria-labelledby="org-facts">
              <Title order={2} size="h4" id="org-facts" mb="sm">
                {t('organisations.detail.facts')}
              </Title>
              <OrganisationFacts organisation={organisation} />
            </Paper>
            <Paper withBorder p="md" component="section" aria-labelledby="org-people">
              <Title order={2} size="h4" id="org-people" mb="sm">
                {t('organisations.detail.people')}
              </Title>
              <OrganisationPeople people={organisation.people} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <Text fz="sm" c="gray.7">
        {organisation.updatedBy
          ? t('organisations.detail.lastChangedBy', {
              date: formatDate(organisation.updatedAt, uiLanguage(i18n)),
              name: organisation.updatedBy.displayName,
            })
          : t('organisations.detail.lastChanged', { date: formatDate(organisation.updatedAt, uiLanguage(i18n)) })}
      </Text>
      <ConflictDialog {...conflict} />
    </Stack>
  );
}

/** The expiry reminder's link, opened signed out: renewal needs the editor's account. */
function RenewSignIn() {
  const { t } = useTranslation();
  const { user, loading } = useSession();
  const { pathname, search } = useLocation();
  if (user || loading) return null;
  return (
    <Alert color="blue" title={t('organisations.renewSignIn.title')} styles={{ title: { color: 'var(--mantine-color-blue-9)' } }}>
      <Stack gap="xs" align="flex-start">
        <Text>{t('organisations.renewSignIn.body')}</Text>
        <Button component={Link} to={`/sign-in?next=${encodeURIComponent(pathname + search)}`} size="xs">
          {t('common.signIn')}
        </Button>
      </Stack>
    </Alert>
  );
}
