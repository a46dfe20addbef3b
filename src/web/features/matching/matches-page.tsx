import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { useSession } from '../../lib/session.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { MatchCard } from './match-card.tsx';
import { useMatches, useReader } from './matching-api.ts';

/** Partner suggestions for one organisation; signed-in users only (the API refuses others). */
export function MatchesPage() {
  return (
    <RequireRole>
      <Matches />
    </RequireRole>
  );
}

function Matches() {
  const { key = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const reader = useReader(key);
  const matches = useMatches(key, uiLanguage(i18n));
  usePageTitle(reader.data ? `${t('matching.page.title')}: ${reader.data.name}` : t('matching.page.title'));
  const showQuality = can.seeMatchingQuality || can.seeMatchingQualityOfAnyCity;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/organisations/${encodeURIComponent(key)}`} fz="sm">
        {t('matching.page.back')}
      </Anchor>
      <QueryState query={reader}>
        {(org) => (
          <Stack gap="lg">
            <PageHeader
              title={t('matching.page.title')}
              intro={t('matching.page.intro', { name: org.name, city: org.city.name })}
              action={
                showQuality ? (
                  <Anchor component={Link} to="/matching/quality">
                    {t('matching.page.qualityLink')}
                  </Anchor>
                ) : undefined
              }
            />
            <QueryState query={matches}>
              {(items) =>
                items.length === 0 ? (
                  <EmptyState title={t('matching.page.empty')}>
                    <Text c="gray.7">{t('matching.page.emptyHint')}</Text>
                  </EmptyState>
                ) : (
                  <Stack gap="md">
                    <Text role="status">{t('matching.page.count', { count: items.length })}</Text>
                    {items.map((m, i) => (
                      <MatchCard key={m.organisation.id} match={m} rank={i + 1} readerKey={org.key} feedback={m.can.giveFeedback} />
                    ))}
                  </Stack>
                )
              }
            </QueryState>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
