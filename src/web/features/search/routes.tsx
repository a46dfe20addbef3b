import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const SearchPage = lazy(() => import('./search-page.tsx').then((m) => ({ default: m.SearchPage })));

export const searchRoutes: RouteObject[] = [{ path: '/search', element: <SearchPage /> }];
