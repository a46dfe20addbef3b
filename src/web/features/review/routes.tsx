import type { RouteObject } from 'react-router';
import { ReviewPage } from './review-page.tsx';

export const reviewRoutes: RouteObject[] = [{ path: '/review', element: <ReviewPage /> }];
