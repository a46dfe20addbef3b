import type { RouteObject } from 'react-router';
import { SearchPage } from './search-page.tsx';

export const searchRoutes: RouteObject[] = [{ path: '/search', element: <SearchPage /> }];
