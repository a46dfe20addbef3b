import { useTranslation } from 'react-i18next';
import type { Person } from '../../../features/people/people.schemas.ts';
import { StatusBadge } from '../../components/status-badge.tsx';

/** Who may see this person, in words (the colour only repeats what the text says). */
export function PersonVisibilityBadge({ person }: { person: Person }) {
  const { t } = useTranslation();
  if (person.visibleToPublic) {
    return <StatusBadge color="green">{t('people.visibility.public')}</StatusBadge>;
  }
  if (person.visibleToPartners) {
    return <StatusBadge color="indigo">{t('people.visibility.partners')}</StatusBadge>;
  }
  return <StatusBadge color="gray">{t('people.visibility.internal')}</StatusBadge>;
}
