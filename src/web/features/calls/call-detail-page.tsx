import { Anchor, Badge, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { cityProgrammeOf } from '../../../features/call-radar/call-radar.schemas.ts';
import type { CallDetail } from '../../../features/calls/calls.schemas.ts';
import { PaperSection } from '../../components/paper-section.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { DEADLINE_TIME_ZONE } from '../../../shared/calendar-days.ts';
import { formatDate, formatDay, intlLocale } from '../../lib/date-format.ts';
import { useSession } from '../../lib/session.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { CallBadges, DeadlineTimes } from './call-badges.tsx';
import { useCall } from './calls-api.ts';
import { FollowControls } from './follow-controls.tsx';
import { useMessageNames } from './use-message-names.ts';

export function CallDetailPage() {
  const { identifier = '' } = useParams();
  const call = useCall(identifier);
  return <QueryState query={call}>{(data) => <CallDetailView call={data} />}</QueryState>;
}

function CallDetailView({ call }: { call: CallDetail }) {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const lang = uiLanguage(i18n);
  const names = useMessageNames();
  usePageTitle(call.title);
  const cityProgramme = cityProgrammeOf({ identifier: call.identifier, callIdentifier: call.callIdentifier, programmeCode: call.programme?.code });
  const canStartProject = can.startProject;
  const money = (amount: number, currency: string) =>
    new Intl.NumberFormat(intlLocale(lang), { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/calls" fz="sm">
        ← {t('calls.detail.back')}
      </Anchor>
      <Stack gap="xs">
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {call.title}
        </Title>
        <Text c="gray.7" style={{ overflowWrap: 'anywhere' }}>
          {t('calls.detail.identifier')}: {call.identifier}
          {call.callIdentifier && call.callIdentifier !== call.identifier ? ` · ${t('calls.detail.call')}: ${call.callIdentifier}` : ''}
        </Text>
        <CallBadges call={call} cityProgrammeKey={cityProgramme?.key} />
        {/* Said by the page, not stored in the call's text: a project started from it copied the note. */}
        {call.source === 'demo' && (
          <Text fz="sm" fs="italic" data-testid="demo-call-note">
            {t('calls.detail.demoNote')}
          </Text>
        )}
        {cityProgramme && <Text fz="sm">{t(`calls.cityProgramme.${cityProgramme.key}`)}</Text>}
      </Stack>
      <Group gap="md" wrap="wrap" align="flex-end" justify="space-between">
        <FollowControls identifier={call.identifier} />
        <Group gap="sm" wrap="wrap">
          {call.url && (
            <Button component="a" href={call.url} target="_blank" rel="noopener noreferrer" variant="light">
              {t('calls.detail.portal')}
            </Button>
          )}
          {canStartProject && (
            <Button component={Link} to={`/projects/new?call=${encodeURIComponent(call.identifier)}`}>
              {t('calls.detail.startProject')}
            </Button>
          )}
        </Group>
      </Group>
      <PaperSection id="call-deadlines" title={t('calls.detail.deadlines')}>
        <Stack gap="sm">
          {call.programme && (
            <Text fz="sm">
              {t('calls.detail.programme')}: {call.programme.code}
              {call.programme.name ? ` – ${call.programme.name}` : ''}
            </Text>
          )}
          {call.deadlineModel && (
            <Text fz="sm">
              {t('calls.detail.model')}: {t(`calls.detail.models.${call.deadlineModel}`, { defaultValue: call.deadlineModel })}
            </Text>
          )}
          {call.openingAt && (
            <Text fz="sm">
              {t('calls.detail.opening')}: {formatDay(call.openingAt, lang, DEADLINE_TIME_ZONE)}
            </Text>
          )}
          {call.deadlines.length === 0 ? (
            <Text fz="sm">{t('calls.deadline.none')}</Text>
          ) : (
            <List spacing="sm" listStyleType="none" pl={0}>
              {call.deadlines.map((d) => (
                <List.Item key={`${d.at}-${d.label ?? ''}`}>
                  <DeadlineTimes at={d.at} label={d.label} />
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </PaperSection>
      {call.summary && (
        <PaperSection id="call-summary" title={t('calls.detail.summary')}>
          <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{call.summary}</Text>
        </PaperSection>
      )}
      {call.latestInfos.length > 0 && (
        <PaperSection id="call-latestinfos" title={t('calls.detail.latestInfos')}>
          <Stack gap="sm">
            {call.latestInfos.map((info, i) => (
              <Stack key={i} gap={0}>
                {info.at && (
                  <Text fz="sm" fw={600}>
                    {formatDate(info.at, lang)}
                  </Text>
                )}
                <Text fz="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {info.text}
                </Text>
              </Stack>
            ))}
          </Stack>
        </PaperSection>
      )}
      {call.budget && call.budget.length > 0 && (
        <PaperSection id="call-budget" title={t('calls.detail.budget')}>
          <Table.ScrollContainer minWidth={280}>
            <Table>
              <Table.Tbody>
                {call.budget.map((b, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{[b.action, b.year].filter(Boolean).join(' · ')}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{money(b.amount, b.currency)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </PaperSection>
      )}
      {(call.tags.length > 0 || call.keywords.length > 0 || call.concepts.length > 0) && (
        <PaperSection id="call-tags" title={t('calls.detail.tags')}>
          <Stack gap="xs">
            <Group gap="xs">
              {[...new Set([...call.tags, ...call.keywords])].map((tag) => (
                <Badge key={tag} variant="outline" color="gray" c="gray.9" tt="none">
                  {tag}
                </Badge>
              ))}
            </Group>
            {call.concepts.length > 0 && (
              <Text fz="sm">
                {t('calls.detail.concepts')}: {call.concepts.map(names.concept).join(', ')}
              </Text>
            )}
          </Stack>
        </PaperSection>
      )}
    </Stack>
  );
}
