import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const IntroductionDetailPage = lazy(() => import('./introduction-detail-page.tsx').then((m) => ({ default: m.IntroductionDetailPage })));
const IntroductionsPage = lazy(() => import('./introductions-page.tsx').then((m) => ({ default: m.IntroductionsPage })));
const NewIntroductionPage = lazy(() => import('./new-introduction-page.tsx').then((m) => ({ default: m.NewIntroductionPage })));
const PipelinePage = lazy(() => import('./pipeline-page.tsx').then((m) => ({ default: m.PipelinePage })));

export const introductionsRoutes: RouteObject[] = [
  { path: '/introductions', element: <IntroductionsPage /> },
  { path: '/introductions/new', element: <NewIntroductionPage /> },
  { path: '/introductions/pipeline', element: <PipelinePage /> },
  { path: '/introductions/:id', element: <IntroductionDetailPage /> },
];
