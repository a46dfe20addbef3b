import { Anchor, AppShell, Burger, Button, Group, NavLink, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { IntroductionsNavBadge } from '../features/introductions/introductions-nav-badge.tsx';
import { ReviewNavBadge } from '../features/review/review-nav-badge.tsx';
import { HeaderSearch } from '../features/search/header-search.tsx';
import { useSession } from '../lib/session.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { LoadingState } from '../components/query-state.tsx';

interface NavItem {
  to: string;
  label: string;
  show: boolean;
  badge?: ReactNode;
}

export function AppLayout() {
  const { t } = useTranslation();
  const { user, can, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);

  const items: NavItem[] = [
    { to: '/', label: user ? t('common.nav.dashboard') : t('common.nav.partnerships'), show: true },
    { to: '/search', label: t('search.nav'), show: true },
    { to: '/organisations', label: t('common.nav.organisations'), show: true },
    { to: '/people', label: t('common.nav.people'), show: true },
    { to: '/taxonomy', label: t('taxonomy.nav'), show: true },
    { to: '/introductions', label: t('introductions.nav'), show: !!user, badge: user && <IntroductionsNavBadge /> },
    { to: '/calls', label: t('calls.nav'), show: true },
    { to: '/projects', label: t('projects.nav'), show: !!user },
    { to: '/me/activities', label: t('activities.links.mine'), show: !!user },
    { to: '/review', label: t('review.nav'), show: can.reviewItems, badge: can.reviewItems && <ReviewNavBadge /> },
    { to: '/matching/quality', label: t('matching.nav'), show: can.seeMatchingQuality },
    { to: '/admin/users', label: t('common.nav.users'), show: can.listUsers },
    { to: '/imports', label: t('imports.nav'), show: can.importCsv },
    { to: '/admin/outbox', label: t('common.nav.outbox'), show: can.readMailOutbox },
    { to: '/settings', label: t('common.nav.settings'), show: !!user },
  ];
  const isActive = (to: string) => (to === '/' ? location.pathname === '/' : location.pathname.startsWith(to));

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="pontis-skip-link">
        {t('common.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('common.nav.toggle')} />
            <Anchor component={Link} to="/" underline="never" c="indigo.9" fw={750} fz="xl" onClick={close}>
              Pontis
            </Anchor>
            <Text c="dimmed" fz="sm" visibleFrom="md">
              {t('common.tagline')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <HeaderSearch />
            <LanguageSwitcher />
            {user ? (
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={async () => {
                  await signOut();
                  navigate('/');
                }}
              >
                {t('common.signOut')}
                <VisuallyHidden> ({user.displayName})</VisuallyHidden>
              </Button>
            ) : (
              <Button component={Link} to="/sign-in" size="compact-sm">
                {t('common.signIn')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('common.nav.label')}>
        {items
          .filter((i) => i.show)
          .map((i) => (
            <NavLink
              key={i.to}
              component={Link}
              to={i.to}
              label={i.label}
              rightSection={i.badge}
              active={isActive(i.to)}
              aria-current={isActive(i.to) ? 'page' : undefined}
              onClick={close}
            />
          ))}
        {user && (
          <Text fz="xs" c="dimmed" mt="auto" p="xs">
            {t('common.signedInAs', { name: user.displayName })} · {t(`common.roles.${user.role}`)}
          </Text>
        )}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <div style={{ maxWidth: 1100, margin: '0 auto' }}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
