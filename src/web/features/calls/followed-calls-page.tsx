import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CalendarFeedsSection } from './calendar-feeds-section.tsx';
import { CallCard } from './call-card.tsx';
import { useFollowedCalls } from './calls-api.ts';

export function FollowedCallsPage() {
  const { t } = useTranslation();
  usePageTitle(t('calls.followed.title'));
  return (
    <RequireRole>
      <FollowedCalls />
    </RequireRole>
  );
}

function FollowedCalls() {
  const { t } = useTranslation();
  const followed = useFollowedCalls();
  return (
    <Stack gap="lg">
      <PageHeader title={t('calls.followed.title')} intro={t('calls.followed.intro')} />
      <QueryState query={followed}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('calls.followed.empty')} />
          ) : (
            <Stack gap="sm">
              {items.map((f) => (
                <CallCard key={f.call.id} call={f.call}>
                  {f.partnership && (
                    <Text fz="sm" c="gray.7">
                      {t('calls.followed.forPartnership', { name: f.partnership.name })}
                    </Text>
                  )}
                </CallCard>
              ))}
            </Stack>
          )
        }
      </QueryState>
      <CalendarFeedsSection />
    </Stack>
  );
}
