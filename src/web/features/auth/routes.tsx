import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const SignInPage = lazy(() => import('./sign-in-page.tsx').then((m) => ({ default: m.SignInPage })));

export const authRoutes: RouteObject[] = [{ path: '/sign-in', element: <SignInPage /> }];
