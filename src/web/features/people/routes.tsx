import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const PeopleListPage = lazy(() => import('./people-list-page.tsx').then((m) => ({ default: m.PeopleListPage })));
const PersonEditPage = lazy(() => import('./person-edit-page.tsx').then((m) => ({ default: m.PersonEditPage })));
const PersonNewPage = lazy(() => import('./person-new-page.tsx').then((m) => ({ default: m.PersonNewPage })));

export const peopleRoutes: RouteObject[] = [
  { path: '/people', element: <PeopleListPage /> },
  { path: '/people/new', element: <PersonNewPage /> },
  { path: '/people/:id/edit', element: <PersonEditPage /> },
];
