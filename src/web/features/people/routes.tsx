import type { RouteObject } from 'react-router';
import { PeopleListPage } from './people-list-page.tsx';
import { PersonEditPage } from './person-edit-page.tsx';
import { PersonNewPage } from './person-new-page.tsx';

export const peopleRoutes: RouteObject[] = [
  { path: '/people', element: <PeopleListPage /> },
  { path: '/people/new', element: <PersonNewPage /> },
  { path: '/people/:id/edit', element: <PersonEditPage /> },
];
