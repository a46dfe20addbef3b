import { Divider, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Partnership } from '../../../features/partnerships/partnerships.schemas.ts';
import { RecordPage } from '../../components/record-page.tsx';
import { languageName } from '../../lib/intl-names.ts';
import { textIn } from '../../lib/labels.ts';
import { useSession } from '../../lib/session.tsx';
import { uiLanguage } from '../../lib/ui-language.ts';
import { PartnershipActivitiesLinks } from '../activities/partnership-activities-links.tsx';
import { AgreementsSection } from './agreements/agreements-section.tsx';
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
  return (
    <RecordPage query={query} title={t('partnerships.page.title')}>
      {(p, reload) => <PartnershipView partnership={p} reload={reload} />}
    </RecordPage>
  );
}

function PartnershipView({ partnership, reload }: { partnership: Partnership; reload: () => Promise<Partnership | undefined> }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const lang = uiLanguage(i18n);
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
      <PartnershipActivitiesLinks partnership={partnership} />
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
