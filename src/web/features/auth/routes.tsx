import type { RouteObject } from 'react-router';
import { SignInPage } from './sign-in-page.tsx';

export const authRoutes: RouteObject[] = [{ path: '/sign-in', element: <SignInPage /> }];
