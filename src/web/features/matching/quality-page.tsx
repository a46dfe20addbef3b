import { NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { QualityReport } from '../../../features/matching/matching.schemas.ts';
import { DataTable } from '../../components/data-table.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RequireAbility } from '../../components/require-ability.tsx';
import { cityOptions } from '../../lib/city-options.ts';
import { formatDate } from '../../lib/labels.ts';
import { useCities } from '../../lib/lookups-api.ts';
import { useSession } from '../../lib/session.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { useQualityReport } from './matching-api.ts';

/** Coordinators (their city) and admins (all cities or one): how useful the suggestions were. */
export function QualityPage() {
  const { t } = useTranslation();
  usePageTitle(t('matching.quality.title'));
  return (
    <RequireAbility ability="seeMatchingQuality">
      <Quality />
    </RequireAbility>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="md">
      <Text fz="sm" c="gray.7">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

function Quality() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const anyCity = can.seeMatchingQualityOfAnyCity;
  const [params, setParams] = useSearchParams();
  const city = anyCity ? (params.get('city') ?? '') : '';
  const cities = useCities();
  const report = useQualityReport(city);
  const lang = uiLanguage(i18n);
  return (
    <Stack gap="lg">
      <PageHeader title={t('matching.quality.title')} intro={anyCity ? t('matching.quality.introAdmin') : t('matching.quality.intro')} />
      {anyCity && (
        <NativeSelect
          label={t('matching.quality.city')}
          data={[{ value: '', label: t('matching.quality.allCities') }, ...cityOptions(cities.data ?? [])]}
          value={city}
          onChange={(e) => setParams(e.currentTarget.value ? { city: e.currentTarget.value } : {}, { replace: true })}
          maw={360}
        />
      )}
      <QueryState query={report}>
        {(r: QualityReport) => (
          <Stack gap="xl">
            <section aria-labelledby="quality-totals">
              <Title order={2} size="h3" id="quality-totals" mb="sm">
                {t('matching.quality.totals')}
              </Title>
              <SimpleGrid cols={{ base: 1, xs: 3 }}>
                <Figure label={t('matching.quality.feedback')} value={r.totals.feedback} />
                <Figure label={t('matching.quality.useful')} value={r.totals.useful} />
                <Figure label={t('matching.quality.notUseful')} value={r.totals.notUseful} />
              </SimpleGrid>
            </section>
            <section aria-labelledby="quality-conversion">
              <Title order={2} size="h3" id="quality-conversion" mb="sm">
                {t('matching.quality.conversion')}
              </Title>
              <SimpleGrid cols={{ base: 1, xs: 3 }}>
                <Figure label={t('matching.quality.usefulPairs')} value={r.conversion.usefulPairs} />
                <Figure label={t('matching.quality.usefulWithIntroduction')} value={r.conversion.usefulWithIntroduction} />
                <Figure label={t('matching.quality.notUsefulWithIntroduction')} value={r.conversion.notUsefulWithIntroduction} />
              </SimpleGrid>
            </section>
            <section aria-labelledby="quality-reasons">
              <Title order={2} size="h3" id="quality-reasons" mb="sm">
                {t('matching.quality.reasons')}
              </Title>
              {r.reasons.length === 0 ? (
                <Text c="gray.7">{t('matching.quality.empty')}</Text>
              ) : (
                <DataTable
                  label={t('matching.quality.reasons')}
                  minWidth={360}
                  columns={[t('matching.quality.reason'), t('matching.quality.useful'), t('matching.quality.notUseful')]}
                >
                  {r.reasons.map((row) => (
                    <Table.Tr key={row.reason}>
                      <Table.Td>{t(`matching.feedback.reasons.${row.reason}`)}</Table.Td>
                      <Table.Td>{row.useful}</Table.Td>
                      <Table.Td>{row.notUseful}</Table.Td>
                    </Table.Tr>
                  ))}
                </DataTable>
              )}
            </section>
            <section aria-labelledby="quality-recent">
              <Title order={2} size="h3" id="quality-recent" mb="sm">
                {t('matching.quality.recent')}
              </Title>
              {r.recent.length === 0 ? (
                <Text c="gray.7">{t('matching.quality.empty')}</Text>
              ) : (
                <DataTable
                  label={t('matching.quality.recent')}
                  minWidth={720}
                  columns={[
                    t('matching.quality.organisation'),
                    t('matching.quality.suggested'),
                    t('matching.quality.rating'),
                    t('matching.quality.reason'),
                    t('matching.quality.comment'),
                    t('matching.quality.date'),
                  ]}
                >
                  {r.recent.map((row, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{row.organisation.name}</Table.Td>
                      <Table.Td>{row.suggested.name}</Table.Td>
                      <Table.Td>{row.useful ? t('matching.quality.useful') : t('matching.quality.notUseful')}</Table.Td>
                      <Table.Td>{row.reason ? t(`matching.feedback.reasons.${row.reason}`) : ''}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{row.comment ?? ''}</Table.Td>
                      <Table.Td>{formatDate(row.at, lang)}</Table.Td>
                    </Table.Tr>
                  ))}
                </DataTable>
              )}
            </section>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
