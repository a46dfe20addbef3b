import { Anchor, Group, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CallList } from './call-list.tsx';
import { RadarPanel } from './radar-panel.tsx';
import { useCallsState } from './use-calls-state.ts';

export function CallsPage() {
  const { t } = useTranslation();
  const { user, can } = useSession();
  const state = useCallsState();
  usePageTitle(t('calls.title'));

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('calls.title')}
        intro={t('calls.intro')}
        action={
          user && (
            <Group gap="md">
              <Anchor component={Link} to="/calls/followed">
                {t('calls.followed.link')}
              </Anchor>
              {can.manageCalls && (
                <Anchor component={Link} to="/calls/data">
                  {t('calls.data.link')}
                </Anchor>
              )}
            </Group>
          )
        }
      />
      <Tabs
        value={state.tab}
        onChange={(tab) =>
          state.set({
            tab: tab === 'radar' ? 'radar' : null,
            radar: tab === 'radar' ? (state.radar ? `${state.radar.mode}:${state.radar.value}` : null) : null,
          })
        }
        keepMounted={false}
      >
        <Tabs.List aria-label={t('calls.tabs.label')}>
          <Tabs.Tab value="list">{t('calls.tabs.list')}</Tabs.Tab>
          <Tabs.Tab value="radar">{t('calls.tabs.radar')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list" pt="md">
          <CallList state={state} />
        </Tabs.Panel>
        <Tabs.Panel value="radar" pt="md">
          {user ? (
            <RadarPanel state={state} />
          ) : (
            <Text>
              <Anchor component={Link} to="/sign-in">
                {t('calls.radar.signIn')}
              </Anchor>
            </Text>
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
