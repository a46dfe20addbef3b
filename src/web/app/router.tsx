import { createBrowserRouter } from 'react-router';
import { actionProgrammesRoutes } from '../features/action-programmes/routes.tsx';
import { activitiesRoutes } from '../features/activities/routes.tsx';
import { authRoutes } from '../features/auth/routes.tsx';
import { callsRoutes } from '../features/calls/routes.tsx';
import { citiesRoutes } from '../features/cities/routes.tsx';
import { dashboardRoutes } from '../features/dashboard/routes.tsx';
import { historyRoutes } from '../features/audit/routes.tsx';
import { importsRoutes } from '../features/csv-import/routes.tsx';
import { introductionsRoutes } from '../features/introductions/routes.tsx';
import { matchingRoutes } from '../features/matching/routes.tsx';
import { networkRoutes } from '../features/network/routes.tsx';
import { organisationsRoutes } from '../features/organisations/routes.tsx';
import { partnershipsRoutes } from '../features/partnerships/routes.tsx';
import { peopleRoutes } from '../features/people/routes.tsx';
import { projectsRoutes } from '../features/projects/routes.tsx';
import { searchRoutes } from '../features/search/routes.tsx';
import { reviewRoutes } from '../features/review/routes.tsx';
import { taxonomyRoutes } from '../features/taxonomy/routes.tsx';
import { usersRoutes } from '../features/users/routes.tsx';
import { AppLayout } from './app-layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

// Each feature's pages are lazy components (see its routes.tsx), so that a visitor downloads the code
// of the pages they open, not the whole app; the layout shows a loading status meanwhile (issue 12).
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      ...dashboardRoutes,
      ...authRoutes,
      ...partnershipsRoutes,
      ...networkRoutes,
      ...citiesRoutes,
      ...searchRoutes,
      ...organisationsRoutes,
      ...peopleRoutes,
      ...reviewRoutes,
      ...taxonomyRoutes,
      ...usersRoutes,
      ...historyRoutes,
      ...importsRoutes,
      ...introductionsRoutes,
      ...matchingRoutes,
      ...projectsRoutes,
      ...callsRoutes,
      ...activitiesRoutes,
      ...actionProgrammesRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
