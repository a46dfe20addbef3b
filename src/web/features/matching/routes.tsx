import type { RouteObject } from 'react-router';
import { MatchesPage } from './matches-page.tsx';
import { QualityPage } from './quality-page.tsx';

export const matchingRoutes: RouteObject[] = [
  { path: '/organisations/:key/matches', element: <MatchesPage /> },
  { path: '/matching/quality', element: <QualityPage /> },
];
