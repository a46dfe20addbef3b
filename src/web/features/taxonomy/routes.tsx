import type { RouteObject } from 'react-router';
import { TaxonomyPage } from './taxonomy-page.tsx';

export const taxonomyRoutes: RouteObject[] = [{ path: '/taxonomy', element: <TaxonomyPage /> }];
