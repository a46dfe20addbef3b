import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const TaxonomyPage = lazy(() => import('./taxonomy-page.tsx').then((m) => ({ default: m.TaxonomyPage })));

export const taxonomyRoutes: RouteObject[] = [{ path: '/taxonomy', element: <TaxonomyPage /> }];
