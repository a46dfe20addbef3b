import type { RouteObject } from 'react-router';
import { CityPage } from './city-page.tsx';

export const citiesRoutes: RouteObject[] = [{ path: '/cities/:key', element: <CityPage /> }];
