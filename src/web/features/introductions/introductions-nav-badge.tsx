import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIntroductionList } from './introductions-api.ts';

/** Unread introductions in the inbox, beside the navigation entry. */
export function IntroductionsNavBadge() {
  const { t } = useTranslation();
  // The same query as the inbox tab of the introductions page: one request serves both.
  const list = useIntroductionList('inbox');
  const n = list.data?.unread.inbox ?? 0;
  if (!n) return null;
  return (
    <>
      <Badge size="sm" circle={n < 10} color="red.9" aria-hidden>
        {n}
      </Badge>
      <VisuallyHidden>{t('introductions.navCount', { n })}</VisuallyHidden>
    </>
  );
}
