import type { RouteObject } from 'react-router';
import { NewProjectPage } from './new-project-page.tsx';
import { ProjectDetailPage } from './project-detail-page.tsx';
import { ProjectsPage } from './projects-page.tsx';

export const projectsRoutes: RouteObject[] = [
  { path: '/projects', element: <ProjectsPage /> },
  { path: '/projects/new', element: <NewProjectPage /> },
  { path: '/projects/:id', element: <ProjectDetailPage /> },
];
