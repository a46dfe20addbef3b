import { Anchor, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../lib/session.tsx';

/**
 * "Calls for this partnership / organisation / project": the radar page with the subject in the URL.
 * Signed-in users only, as the radar is (the API refuses the others anyway).
 */
export function CallsRadarLink({
  subject,
  keyValue,
  cityIds,
  variant = 'button',
}: {
  subject: 'partnership' | 'organisation' | 'project';
  keyValue: string;
  /** A partnership's radar is for its cities' users and admins: the others do not see the link. */
  cityIds?: readonly string[];
  variant?: 'button' | 'anchor';
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user) return null;
  if (cityIds && user.role !== 'admin' && !cityIds.includes(user.cityId ?? '')) return null;
  const to = `/calls?radar=${encodeURIComponent(`${subject}:${keyValue}`)}`;
  const label = t(`calls.links.${subject}`);
  return variant === 'anchor' ? (
    <Anchor component={Link} to={to} fz="sm">
      {label}
    </Anchor>
  ) : (
    <Button component={Link} to={to} variant="light" size="sm">
      {label}
    </Button>
  );
}
