import { Button, Group, List, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryState } from '../../components/query-state.tsx';
import { useOrganisationOptions } from '../../lib/lookups-api.ts';
import { CallCard } from './call-card.tsx';
import { usePartnerships, useReadableProjects, useRadar } from './calls-api.ts';
import { onlyChoice } from './only-choice.ts';
import { eligibilityText, reasonText } from './radar-messages.ts';
import { useMessageNames } from './use-message-names.ts';
import type { CallsUrlState, RadarMode } from './use-calls-state.ts';

/** The radar: choose a partnership, an organisation or a joint project, or describe an idea; ranked calls with reasons. */
export function RadarPanel({ state }: { state: CallsUrlState }) {
  const { t } = useTranslation();
  const names = useMessageNames();
  const [mode, setMode] = useState<RadarMode>(state.radar?.mode ?? 'partnership');
  const [value, setValue] = useState(state.radar?.value ?? '');
  useEffect(() => {
    if (state.radar) {
      setMode(state.radar.mode);
      setValue(state.radar.value);
    }
  }, [state.radar?.mode, state.radar?.value]);
  const partnerships = usePartnerships();
  const onlyPartnership = onlyChoice(partnerships.data?.map((p) => p.key));
  // With exactly one partnership the field starts with it (also after switching back to this mode).
  useEffect(() => {
    if (mode === 'partnership' && onlyPartnership) setValue((current) => current || onlyPartnership);
  }, [mode, onlyPartnership]);
  const organisations = useOrganisationOptions(null, mode === 'organisation');
  const projects = useReadableProjects(mode === 'project');
  const radar = useRadar(state.radar ? { [state.radar.mode]: state.radar.value, limit: 30 } : null);

  return (
    <Stack gap="md">
      <Text c="gray.7">{t('calls.radar.intro')}</Text>
      <form
        aria-label={t('calls.radar.title')}
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) state.set({ radar: `${mode}:${value.trim()}`, tab: 'radar' });
        }}
      >
        <Stack gap="sm">
          <Radio.Group
            label={t('calls.radar.for')}
            value={mode}
            onChange={(m) => {
              setMode(m as RadarMode);
              setValue('');
            }}
          >
            <Group gap="md" mt={4} wrap="wrap">
              {(['partnership', 'organisation', 'project', 'text'] as const).map((m) => (
                <Radio key={m} value={m} label={t(`calls.radar.mode.${m}`)} />
              ))}
            </Group>
          </Radio.Group>
          {mode === 'partnership' && (
            <Select
              label={t('calls.radar.partnership')}
              data={(partnerships.data ?? []).map((p) => ({ value: p.key, label: p.name }))}
              value={value || null}
              onChange={(v) => setValue(v ?? '')}
              searchable
            />
          )}
          {mode === 'organisation' && (
            <Select
              label={t('calls.radar.organisation')}
              data={(organisations.data ?? []).map((o) => ({ value: o.key, label: o.name }))}
              value={value || null}
              onChange={(v) => setValue(v ?? '')}
              searchable
            />
          )}
          {mode === 'project' && (
            <Select
              label={t('calls.radar.project')}
              data={(projects.data ?? []).map((p) => ({ value: p.id, label: p.acronym ? `${p.acronym}: ${p.title}` : p.title }))}
              value={value || null}
              onChange={(v) => setValue(v ?? '')}
              searchable
            />
          )}
          {mode === 'text' && (
            <Textarea
              label={t('calls.radar.text')}
              placeholder={t('calls.radar.textPlaceholder')}
              value={value}
              onChange={(e) => setValue(e.currentTarget.value)}
              minRows={3}
              autosize
              maxLength={2000}
            />
          )}
          <Group>
            <Button type="submit" disabled={value.trim().length < (mode === 'text' ? 3 : 1)}>
              {t('calls.radar.run')}
            </Button>
          </Group>
        </Stack>
      </form>
      {!state.radar ? (
        <Text c="gray.7">{t('calls.radar.choose')}</Text>
      ) : (
        <QueryState query={radar}>
          {(data) => {
            // Why nothing (or only city programmes) fits: no topic is known for what was asked.
            const explanation =
              data.explanation === 'no-concepts' ? t(state.radar?.mode === 'text' ? 'calls.radar.noConcepts' : 'calls.radar.noProfileConcepts') : null;
            return (
              <Stack gap="sm">
                {data.profile.concepts.length > 0 && (
                  <Text fz="sm" c="gray.7">
                    {t('calls.radar.profile', { concepts: data.profile.concepts.slice(0, 8).map(names.concept).join(', ') })}
                  </Text>
                )}
                {data.items.length === 0 && <EmptyState title={t('calls.radar.empty')}>{explanation}</EmptyState>}
                {data.items.length > 0 && explanation && (
                  <Text fz="sm" c="gray.7">
                    {explanation}
                  </Text>
                )}
                {data.items.map((item) => (
                  <CallCard key={item.call.id} call={item.call} cityProgrammeKey={item.cityProgramme?.key}>
                    <Text fz="sm" fw={600}>
                      {t('calls.radar.score', { score: Math.round(item.score) })}
                    </Text>
                    <Title order={3} fz="sm">
                      {t('calls.radar.reasons.title')}
                    </Title>
                    <List size="sm" spacing={2}>
                      {item.reasons.map((r) => (
                        <List.Item key={r.code}>{reasonText(t, r, names)}</List.Item>
                      ))}
                    </List>
                    {item.eligibility.length > 0 && (
                      <>
                        <Title order={3} fz="sm">
                          {t('calls.radar.eligibility.title')}
                        </Title>
                        <List size="sm" spacing={2}>
                          {item.eligibility.map((h, i) => (
                            <List.Item key={`${h.code}-${i}`}>{eligibilityText(t, h, names)}</List.Item>
                          ))}
                        </List>
                      </>
                    )}
                  </CallCard>
                ))}
              </Stack>
            );
          }}
        </QueryState>
      )}
    </Stack>
  );
}
