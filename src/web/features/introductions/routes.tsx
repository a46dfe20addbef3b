import type { RouteObject } from 'react-router';
import { IntroductionDetailPage } from './introduction-detail-page.tsx';
import { IntroductionsPage } from './introductions-page.tsx';
import { NewIntroductionPage } from './new-introduction-page.tsx';
import { PipelinePage } from './pipeline-page.tsx';

export const introductionsRoutes: RouteObject[] = [
  { path: '/introductions', element: <IntroductionsPage /> },
  { path: '/introductions/new', element: <NewIntroductionPage /> },
  { path: '/introductions/pipeline', element: <PipelinePage /> },
  { path: '/introductions/:id', element: <IntroductionDetailPage /> },
];
