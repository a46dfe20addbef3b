import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListPagination } from '../../components/list-pagination.tsx';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { cityProgrammeOf } from '../../../features/call-radar/call-radar.schemas.ts';
import { CallCard } from './call-card.tsx';
import { useCallList } from './calls-api.ts';
import { CALL_PAGE_SIZE, type CallsUrlState } from './use-calls-state.ts';

/** The searchable, filtered, paged list of calls; every filter lives in the URL. */
export function CallList({ state }: { state: CallsUrlState }) {
  const { t } = useTranslation();
  const list = useCallList(state.apiParams);
  const [text, setText] = useState(state.q);
  useEffect(() => setText(state.q), [state.q]);
  const programmes = list.data?.programmes ?? [];

  return (
    <Stack gap="md">
      <form
        role="search"
        aria-label={t('calls.search.label')}
        onSubmit={(e) => {
          e.preventDefault();
          state.set({ q: text.trim() || null });
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('calls.search.label')}
            placeholder={t('calls.search.placeholder')}
            type="search"
            value={text}
            maxLength={200}
            onChange={(e) => setText(e.currentTarget.value)}
            style={{ flex: '1 1 16rem' }}
          />
          <Button type="submit">{t('calls.search.submit')}</Button>
        </Group>
      </form>
      <Group gap="sm" wrap="wrap" align="flex-end">
        <NativeSelect
          label={t('calls.filters.status')}
          value={state.status}
          onChange={(e) => state.set({ status: e.currentTarget.value || null })}
          data={[
            { value: '', label: t('calls.filters.openForthcoming') },
            ...(['open', 'forthcoming', 'closed'] as const).map((s) => ({ value: s, label: t(`calls.status.${s}`) })),
          ]}
        />
        <NativeSelect
          label={t('calls.filters.programme')}
          value={state.programme}
          onChange={(e) => state.set({ programme: e.currentTarget.value || null })}
          data={[
            { value: '', label: t('calls.filters.any') },
            ...programmes.map((p) => ({ value: p.code, label: `${p.code} (${p.count})` })),
            ...(state.programme && !programmes.some((p) => p.code === state.programme) ? [{ value: state.programme, label: state.programme }] : []),
          ]}
        />
        <NativeSelect
          label={t('calls.filters.kind')}
          value={state.kind}
          onChange={(e) => state.set({ kind: e.currentTarget.value || null })}
          data={[{ value: '', label: t('calls.filters.any') }, ...(['grant', 'tender'] as const).map((k) => ({ value: k, label: t(`calls.kind.${k}`) }))]}
        />
        {(state.status || state.programme || state.kind || state.q) && (
          <Button variant="subtle" size="compact-sm" onClick={() => state.set({ status: null, programme: null, kind: null, q: null })}>
            {t('calls.filters.clear')}
          </Button>
        )}
      </Group>
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('calls.empty')} />
          ) : (
            <Stack gap="sm">
              <Text c="gray.7" fz="sm" role="status">
                {t('calls.total', { count: data.total })}
              </Text>
              {data.items.map((call) => (
                <CallCard
                  key={call.id}
                  call={call}
                  cityProgrammeKey={
                    cityProgrammeOf({ identifier: call.identifier, callIdentifier: call.callIdentifier, programmeCode: call.programme?.code })?.key
                  }
                />
              ))}
              <ListPagination page={state.page} pageSize={CALL_PAGE_SIZE} total={data.total} onChange={(p) => state.set({ page: p > 1 ? String(p) : null })} />
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
