import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const ImportPage = lazy(() => import('./import-page.tsx').then((m) => ({ default: m.ImportPage })));
const ImportsPage = lazy(() => import('./imports-page.tsx').then((m) => ({ default: m.ImportsPage })));

export const importsRoutes: RouteObject[] = [
  { path: '/imports', element: <ImportsPage /> },
  { path: '/imports/:id', element: <ImportPage /> },
];
