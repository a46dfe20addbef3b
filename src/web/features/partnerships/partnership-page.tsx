import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { QueryState } from '../../components/query-state.tsx';
import { textIn } from '../../lib/labels.ts';
import { useSession } from '../../lib/session.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { languageName } from '../cities/intl-names.ts';
import { AgreementsSection } from './agreements-section.tsx';
import { MemberOrganisationsSection } from './member-organisations-section.tsx';
import { OfficesSection } from './offices-section.tsx';
import { PartnershipHeader } from './partnership-header.tsx';
import { usePartnership } from './partnerships-api.ts';
import { ThemesSection } from './themes-section.tsx';
import { TimelineSection } from './timeline-section.tsx';

export function PartnershipPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const query = usePartnership(key);
  usePageTitle(query.data?.name ?? t('partnerships.page.title'));
  const reload = async () => (await query.refetch()).data;
  return (
    <>
      {/* The page keeps its one h1 when the partnership cannot be loaded. */}
      {query.isError && <Title order={1} mb="md">{t('partnerships.page.title')}</Title>}
      <QueryState query={query}>{(p) => <PartnershipView partnership={p} reload={reload} />}</QueryState>
    </>
  );
}

function PartnershipView({ partnership, reload }: { partnership: Partnership; reload: () => Promise<Partnership | undefined> }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const lang = i18n.resolvedLanguage ?? 'en';
  const description = textIn(partnership.description, lang);
  const fallbackLanguage = description?.lang && description.lang !== lang ? languageName(description.lang, lang) : null;
  const showHistory = !!user;
  return (
    <Stack gap="xl">
      <PartnershipHeader partnership={partnership} reload={reload} />
      {description ? (
        <Paper p="md" radius="md" bg="gray.0">
          {fallbackLanguage && (
            <Text fz="xs" c="gray.7" mb="xs">
              {t('partnerships.page.descriptionFallback', { language: fallbackLanguage })}
            </Text>
          )}
          <Text lang={description.lang} style={{ whiteSpace: 'pre-line' }}>
            {description.text}
          </Text>
        </Paper>
      ) : (
        <Text c="gray.7">{t('partnerships.page.noDescription')}</Text>
      )}
      <ThemesSection partnership={partnership} reload={reload} />
      <Divider />
      <AgreementsSection partnership={partnership} reload={reload} showHistory={showHistory} />
      <Divider />
      <TimelineSection partnership={partnership} reload={reload} showHistory={showHistory} />
      <Divider />
      <OfficesSection offices={partnership.offices} />
      <MemberOrganisationsSection groups={partnership.memberOrganisations} />
    </Stack>
  );
}
