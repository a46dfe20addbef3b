import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const NewProjectPage = lazy(() => import('./new-project-page.tsx').then((m) => ({ default: m.NewProjectPage })));
const ProjectDetailPage = lazy(() => import('./project-detail-page.tsx').then((m) => ({ default: m.ProjectDetailPage })));
const ProjectsPage = lazy(() => import('./projects-page.tsx').then((m) => ({ default: m.ProjectsPage })));

export const projectsRoutes: RouteObject[] = [
  { path: '/projects', element: <ProjectsPage /> },
  { path: '/projects/new', element: <NewProjectPage /> },
  { path: '/projects/:id', element: <ProjectDetailPage /> },
];
