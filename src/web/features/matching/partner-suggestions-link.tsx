import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../lib/session.tsx';

/** The way from an organisation's page to its partner suggestions (signed-in users see them). */
export function PartnerSuggestionsLink({ organisationKey }: { organisationKey: string }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;
  return (
    <Button component={Link} to={`/organisations/${encodeURIComponent(organisationKey)}/matches`} variant="light" size="sm">
      {t('matching.link')}
    </Button>
  );
}
