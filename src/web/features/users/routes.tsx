import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const AcceptInvitationPage = lazy(() => import('./accept-invitation-page.tsx').then((m) => ({ default: m.AcceptInvitationPage })));
const ForgotPasswordPage = lazy(() => import('./forgot-password-page.tsx').then((m) => ({ default: m.ForgotPasswordPage })));
const OutboxPage = lazy(() => import('./outbox-page.tsx').then((m) => ({ default: m.OutboxPage })));
const ResetPasswordPage = lazy(() => import('./reset-password-page.tsx').then((m) => ({ default: m.ResetPasswordPage })));
const SettingsPage = lazy(() => import('./settings-page.tsx').then((m) => ({ default: m.SettingsPage })));
const UsersAdminPage = lazy(() => import('./users-admin-page.tsx').then((m) => ({ default: m.UsersAdminPage })));

export const usersRoutes: RouteObject[] = [
  { path: '/admin/users', element: <UsersAdminPage /> },
  { path: '/admin/outbox', element: <OutboxPage /> },
  { path: '/settings', element: <SettingsPage /> },
  { path: '/invitations/accept', element: <AcceptInvitationPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
];
