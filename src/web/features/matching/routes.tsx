import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const MatchesPage = lazy(() => import('./matches-page.tsx').then((m) => ({ default: m.MatchesPage })));
const QualityPage = lazy(() => import('./quality-page.tsx').then((m) => ({ default: m.QualityPage })));

export const matchingRoutes: RouteObject[] = [
  { path: '/organisations/:key/matches', element: <MatchesPage /> },
  { path: '/matching/quality', element: <QualityPage /> },
];
