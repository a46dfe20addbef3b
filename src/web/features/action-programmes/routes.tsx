import { lazy } from 'react';
import type { RouteObject } from 'react-router';

// Lazy pages of the joint action programme (issue 13): their code loads when one is opened.
const PartnershipProgrammesPage = lazy(() => import('./partnership-programmes-page.tsx').then((m) => ({ default: m.PartnershipProgrammesPage })));
const ProgrammePage = lazy(() => import('./programme-page.tsx').then((m) => ({ default: m.ProgrammePage })));

export const actionProgrammesRoutes: RouteObject[] = [
  { path: '/partnerships/:key/programme', element: <PartnershipProgrammesPage /> },
  { path: '/programmes/:key', element: <ProgrammePage /> },
];
