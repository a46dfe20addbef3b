import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const ReviewPage = lazy(() => import('./review-page.tsx').then((m) => ({ default: m.ReviewPage })));

export const reviewRoutes: RouteObject[] = [{ path: '/review', element: <ReviewPage /> }];
