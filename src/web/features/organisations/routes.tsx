import type { RouteObject } from 'react-router';
import { OrganisationDetailPage } from './organisation-detail-page.tsx';
import { OrganisationEditPage } from './organisation-edit-page.tsx';
import { OrganisationListPage } from './organisation-list-page.tsx';
import { OrganisationNewPage } from './organisation-new-page.tsx';

export const organisationsRoutes: RouteObject[] = [
  { path: '/organisations', element: <OrganisationListPage /> },
  { path: '/organisations/new', element: <OrganisationNewPage /> },
  { path: '/organisations/:key', element: <OrganisationDetailPage /> },
  { path: '/organisations/:key/edit', element: <OrganisationEditPage /> },
];
