import type { RouteObject } from 'react-router';
import { ImportPage } from './import-page.tsx';
import { ImportsPage } from './imports-page.tsx';

export const importsRoutes: RouteObject[] = [
  { path: '/imports', element: <ImportsPage /> },
  { path: '/imports/:id', element: <ImportPage /> },
];
