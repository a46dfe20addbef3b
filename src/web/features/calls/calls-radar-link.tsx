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
  allowed = true,
  variant = 'button',
}: {
  subject: 'partnership' | 'organisation' | 'project';
  keyValue: string;
  /** Whether the API lets the caller use this radar (a partnership's `can.useRadar`: its cities' users and admins). */
  allowed?: boolean;
  variant?: 'button' | 'anchor';
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user || !allowed) return null;
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
