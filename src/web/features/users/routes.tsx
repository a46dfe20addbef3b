import type { RouteObject } from 'react-router';
import { AcceptInvitationPage } from './accept-invitation-page.tsx';
import { ForgotPasswordPage } from './forgot-password-page.tsx';
import { OutboxPage } from './outbox-page.tsx';
import { ResetPasswordPage } from './reset-password-page.tsx';
import { SettingsPage } from './settings-page.tsx';
import { UsersAdminPage } from './users-admin-page.tsx';

export const usersRoutes: RouteObject[] = [
  { path: '/admin/users', element: <UsersAdminPage /> },
  { path: '/admin/outbox', element: <OutboxPage /> },
  { path: '/settings', element: <SettingsPage /> },
  { path: '/invitations/accept', element: <AcceptInvitationPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
];
