import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';

// Mantine's close button has no text of its own: name it, or screen readers announce "button".
const closeButtonProps = (t: TFunction) => ({ 'aria-label': t('common.actions.close') });

export function notifySuccess(t: TFunction, message: string, title?: string) {
  notifications.show({ color: 'green', title, message, closeButtonProps: closeButtonProps(t) });
}

export function notifyError(t: TFunction, message: string) {
  notifications.show({ color: 'red', title: t('common.errors.title'), message, closeButtonProps: closeButtonProps(t) });
}
