import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api-client.ts';

export const isVersionConflict = (error: unknown) => error instanceof ApiError && error.isConflict;

// One line without a title: Mantine draws a titled notification's text in low-contrast grey.
function notify(t: TFunction, color: string, message: string) {
  notifications.show({ color, message, closeButtonProps: { 'aria-label': t('common.actions.close') } });
}

export const notifySaved = (t: TFunction, message?: string) => notify(t, 'green', message ?? t('common.actions.saved'));
export const notifyDeleted = (t: TFunction, message?: string) => notify(t, 'green', message ?? t('common.actions.deleted'));
export const notifyError = (t: TFunction, message: string) => notify(t, 'red', message);
