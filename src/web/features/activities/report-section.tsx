import { Alert, Anchor, Group, List, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, FundingRuleCheck } from '../../../features/activities/activities.schemas.ts';
import { DataTable } from '../../components/data-table.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { formatDay } from '../../lib/date-format.ts';
import { countryName } from '../../lib/intl-names.ts';
import { uiLocaleOptions } from '../../lib/language-options.ts';
import { uiLocaleOf } from '../../lib/localised-text-form.ts';
import { uiLanguage } from '../../lib/ui-language.ts';
import { signatureSheetHref, useParticipationReport } from './activities-api.ts';

function Counts({ title, rows }: { title: string; rows: [string, number][] }) {
  const { t } = useTranslation();
  return (
    <DataTable label={title} minWidth={200} columns={[title, t('activities.report.count')]}>
      {rows.map(([name, n]) => (
        <Table.Tr key={name}>
          <Table.Td>{name}</Table.Td>
          <Table.Td>{n}</Table.Td>
        </Table.Tr>
      ))}
    </DataTable>
  );
}

// Mantine's light alert titles are too pale on their background for 4.5:1 contrast.
const titleStyle = { title: { color: 'var(--mantine-color-dark-9)' } };

/** A funding rule: met, or each requirement missing with what is required and what the activity has. */
function Rule({ rule }: { rule: FundingRuleCheck }) {
  const { t } = useTranslation();
  const name = t(`activities.report.rule.${rule.rule}`);
  if (rule.met) {
    return (
      <Alert color="teal" title={name} styles={titleStyle}>
        {t('activities.report.met')}
      </Alert>
    );
  }
  return (
    <Alert color="yellow" title={name} styles={titleStyle}>
      <Text fz="sm">{t('activities.report.notMet')}</Text>
      <List fz="sm" mt={4}>
        {rule.missing.map((m) => (
          <List.Item key={m.requirement}>{t(`activities.report.missing.${m.requirement}`, { required: m.required, actual: m.actual })}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The participation report for funders, and the signature sheet of a day in a language. */
export function ReportSection({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n);
  const report = useParticipationReport(activity.id, activity.can.viewReport);
  const [day, setDay] = useState(activity.days[0] ?? '');
  const [sheetLang, setSheetLang] = useState(uiLocaleOf(lang));
  return (
    <Stack gap="md">
      <QueryState query={report}>
        {(r) => (
          <Stack gap="md">
            <Text>{t('activities.report.summary', { participants: r.participants, attended: r.attended, international: r.invitedInternational })}</Text>
            <Stack gap="xs">
              {r.rules.map((rule) => (
                <Rule key={rule.rule} rule={rule} />
              ))}
            </Stack>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              <Counts title={t('activities.report.byCountry')} rows={Object.entries(r.byCountry).map(([c, n]) => [countryName(c, lang), n])} />
              <Counts title={t('activities.report.byCity')} rows={r.byCity.map((c) => [`${c.name} (${c.country})`, c.count])} />
              <Counts
                title={t('activities.report.byKind')}
                rows={Object.entries(r.byOrganisationKind).map(([k, n]) => [t(`organisations.kinds.${k}`, { defaultValue: k }), n])}
              />
              <Counts
                title={t('activities.report.byGender')}
                rows={Object.entries(r.byGender).map(([k, n]) => [t(`activities.gender.${k === 'not-stated' ? 'notStated' : k}`), n])}
              />
              <Counts title={t('activities.report.byRole')} rows={Object.entries(r.byRole).map(([k, n]) => [t(`activities.role.${k}`), n])} />
              <Counts title={t('activities.report.byDay')} rows={r.attendanceByDay.map((d) => [formatDay(d.day, lang), d.present])} />
            </SimpleGrid>
          </Stack>
        )}
      </QueryState>
      <Title order={3} fz="h5">
        {t('activities.report.sheet')}
      </Title>
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('activities.organise.day')}
          data={activity.days.map((d) => ({ value: d, label: formatDay(d, lang) }))}
          value={day}
          onChange={(e) => setDay(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('activities.report.sheetLanguage')}
          data={uiLocaleOptions()}
          value={sheetLang}
          onChange={(e) => setSheetLang(uiLocaleOf(e.currentTarget.value))}
        />
        <Anchor href={signatureSheetHref(activity.id, sheetLang, day)} download>
          {t('activities.report.download', { day: formatDay(day, lang) })}
        </Anchor>
      </Group>
    </Stack>
  );
}
