import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useHistory, type HistoryEntry as Entry } from './history-api.ts';
import { HistoryEntry } from './history-entry.tsx';
import { recordName, recordPath } from './record-link.ts';

export function HistoryPage() {
  const { t, i18n } = useTranslation();
  const { entityType = '', id = '' } = useParams();
  const history = useHistory(entityType, id);
  const typeLabel = t(`history.entityTypes.${entityType}`, { defaultValue: entityType });
  const name = history.data ? recordName(history.data, uiLanguage(i18n)) : null;
  usePageTitle(name ? t('history.titleNamed', { name }) : t('history.title'));

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text fz="sm" c="gray.7" tt="uppercase" fw={600}>
          {t('history.recordType', { type: typeLabel })}
        </Text>
        <Title order={1}>{name ? t('history.titleNamed', { name }) : t('history.title')}</Title>
        <Text c="gray.7">{t('history.intro')}</Text>
      </Stack>
      {history.error instanceof ApiError && (history.error.status === 401 || history.error.status === 403) ? (
        <NoAccess status={history.error.status} />
      ) : (
        <QueryState query={history}>{(entries) => <HistoryList entityType={entityType} id={id} entries={entries} />}</QueryState>
      )}
    </Stack>
  );
}

function HistoryList({ entityType, id, entries }: { entityType: string; id: string; entries: Entry[] }) {
  const { t } = useTranslation();
  const path = recordPath(entityType, id, entries, entries[0]?.action === 'delete');
  return (
    <Stack gap="md">
      {path && (
        <Anchor component={Link} to={path} fz="sm">
          {t('history.backToRecord')}
        </Anchor>
      )}
      {entries.length === 0 ? (
        <EmptyState title={t('history.emptyTitle')}>
          <Text c="gray.7">{t('history.emptyBody')}</Text>
        </EmptyState>
      ) : (
        <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('history.listLabel')}>
          {entries.map((entry, i) => (
            <li key={`${entry.at}-${i}`}>
              <HistoryEntry entry={entry} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** Who may read a history depends on who may edit the record; say so instead of a bare error. */
function NoAccess({ status }: { status: number }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (status === 401) {
    return (
      <Alert color="indigo" title={t('history.signInTitle')} role="alert">
        <Stack gap="xs" align="flex-start">
          <Text>{t('history.signInBody')}</Text>
          <Anchor component={Link} to={`/sign-in?next=${encodeURIComponent(location.pathname)}`}>
            {t('common.signIn')}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="indigo" title={t('history.forbiddenTitle')} role="alert">
      <Text>{t('history.forbiddenBody')}</Text>
    </Alert>
  );
}
